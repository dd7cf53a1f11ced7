/** Hands a file to the browser's downloads; nothing leaves the device. */
export function downloadFile(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export function exportFileName(what: string, date = new Date()) {
  return `roleboard-${what}-${date.toISOString().slice(0, 10)}`
}
