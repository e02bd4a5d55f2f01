/** Outlet identification (stub; filled in below). */
export function outletFromUrl(_url: string): string | null {
  return null;
}
export function outletFromText(_text: string): string | null {
  return null;
}
