export { WarningBadge } from './WarningBadge';
