import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Markdown as prose; raw HTML is dropped, and react-markdown already refuses javascript: links. */
export function Markdown({ source }: { source: string }) {
  return (
    <div className="usa-prose lockstep-markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {source}
      </ReactMarkdown>
    </div>
  );
}
