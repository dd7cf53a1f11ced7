/**
 * Resolves in a task of its own, soon: work after `await nextTask()` runs once the browser
 * has had its turn (input, a frame), so a long start is several short tasks, never one long
 * one. A message, not a timer: a tab opened in the background throttles timers to a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}
