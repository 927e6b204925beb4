export { axisWords, changeWords, describeSegment, listWords, quadrantWords, type DescribeFormat } from './describe';
export { moveForKey, moveIndex, navigationOrder, type NavigationMove } from './keyboard';
