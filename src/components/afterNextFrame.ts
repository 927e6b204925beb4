/**
 * Runs `task` in a task of its own after the next frame is shown (an animation frame, then a timeout), so
 * that work the first pixels need not wait for never delays them. Returns a function that cancels it.
 */
export function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
