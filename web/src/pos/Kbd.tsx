/** A shortcut shown on a button: <Kbd k="F8" /> 结账. */
export function Kbd({ k }: { k: string }) {
  return <span className="pos-kbd">{k}</span>;
}
