export interface Crumb {
  href: string;
  label: string;
}

/** "Home › Ketamine": where the page sits, for readers and (with JSON-LD) for search engines. */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
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
