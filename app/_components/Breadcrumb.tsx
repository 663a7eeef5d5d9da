export interface Crumb {
  href: string;
  label: string;
}

/** "Home › Ketamine": where the page sits, for readers and (with JSON-LD) for search engines. */
export function Breadcrumb({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="breadcrumb">
      <ol>
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
