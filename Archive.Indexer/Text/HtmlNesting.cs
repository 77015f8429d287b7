namespace Archive.Indexer.Text;

/// <summary>
/// How deep a page's elements nest, estimated in one pass over the tags before the HTML parser sees them (the
/// parser's own work grows with the square of the depth), and how many elements it holds. The estimate follows the
/// parser where it matters: void and self-closed elements add no depth, an end tag closes up to its element, a
/// paragraph, list item or cell closes the open one of its kind, the content of script and style is skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen" };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>
    /// Elements the parser closes when another of the same family opens while they are the innermost (a new paragraph
    /// ends the last; so does a heading a heading, and a link a link: pages of headings or links left open stay flat).
    /// </summary>
    private static readonly Dictionary<string, string> Family = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "p", ["li"] = "li", ["dt"] = "d", ["dd"] = "d", ["option"] = "option", ["optgroup"] = "optgroup",
        ["h1"] = "h", ["h2"] = "h", ["h3"] = "h", ["h4"] = "h", ["h5"] = "h", ["h6"] = "h", ["a"] = "a",
        ["tr"] = "tr", ["td"] = "cell", ["th"] = "cell", ["thead"] = "section", ["tbody"] = "section", ["tfoot"] = "section",
        ["rb"] = "ruby", ["rt"] = "ruby", ["rp"] = "ruby",
    };

    /// <summary>How far an end tag looks down the open elements for its own (farther is a stray end tag).</summary>
    private const int EndTagReach = 64;

    /// <summary>The deepest nesting of elements, and how many elements there are (start tags outside raw text).</summary>
    public static (int Depth, int Elements) Measure(string html)
    {
        var open = new List<string>();
        var deepest = 0;
        var elements = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length)
        {
            var next = html[at + 1];
            if (next == '!')
            {
                at = html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal) ? After(html, "-->", at + 4) : After(html, ">", at);
                continue;
            }
            if (next == '?')
            {
                at = After(html, ">", at);
                continue;
            }
            var closing = next == '/';
            var nameStart = closing ? at + 2 : at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                at++; // a lone '<' in text
                continue;
            }
            var name = html[nameStart..nameEnd];
            var tagEnd = TagEnd(html, nameEnd);
            if (tagEnd < 0) break;
            at = tagEnd + 1;
            if (closing)
            {
                var match = open.FindLastIndex(open.Count - 1, Math.Min(open.Count, EndTagReach), o => o.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (match >= 0) open.RemoveRange(match, open.Count - match);
                continue;
            }
            elements++;
            if (RawText.Contains(name))
            {
                at = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                continue;
            }
            if (Void.Contains(name) || html[tagEnd - 1] == '/') continue;
            if (Family.TryGetValue(name, out var family) && open.Count > 0
                && Family.TryGetValue(open[^1], out var openFamily) && openFamily == family)
            {
                open.RemoveAt(open.Count - 1);
            }
            open.Add(name);
            deepest = Math.Max(deepest, open.Count);
        }
        return (deepest, elements);
    }

    /// <summary>The position after the next <paramref name="end"/>, or the end of the text.</summary>
    private static int After(string html, string end, int from)
    {
        var found = html.IndexOf(end, from, StringComparison.Ordinal);
        return found < 0 ? html.Length : found + end.Length;
    }

    /// <summary>The '>' that ends a tag, outside quoted attribute values; -1 when the tag never ends.</summary>
    private static int TagEnd(string html, int from)
    {
        char? quote = null;
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }
        return -1;
    }
}
