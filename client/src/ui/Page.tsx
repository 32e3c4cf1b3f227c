import type { ReactNode } from 'react';
import { Link } from './Link';

/** The product's name, the same in every language. */
const PRODUCT_NAME = 'Attune';

/** The plain page frame every screen uses: a header with the name, one main landmark. */
export function Page({ title, children, wide = false }: { title?: string; children: ReactNode; wide?: boolean }) {
  return (
    <>
      <header className="site-header">
        <Link className="brand" href="/">{PRODUCT_NAME}</Link>
        {title ? <span className="site-title">{title}</span> : null}
      </header>
      <main id="main" className={wide ? 'page page-wide' : 'page'}>
        {children}
      </main>
    </>
  );
}
