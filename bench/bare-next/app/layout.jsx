/** The control: a bare Next.js page with the repo's own next and react (see scripts/lighthouse.mjs). */
export const metadata = { title: "Bare Next page", description: "A bare Next.js page: the framework's own floor." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
