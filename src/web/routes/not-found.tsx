import { NotFoundContent } from '../ui/not-found-content.js';

export function NotFoundPage() {
  return <NotFoundContent />;
}
