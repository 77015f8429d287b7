namespace Archive.Indexer.Text;

/// <summary>
/// How deep a page's elements nest, estimated in one pass over the tags before the HTML parser sees them (the
/// parser's own work grows with the square of the depth), and how many elements it holds. The estimate follows the
/// parser where it matters: void and self-closed elements add no depth, an end tag closes up to its element, a
/// paragraph, list item or cell closes the open one of its kind with the inline elements left open inside it, and
/// the formatting among those is opened again as the parser does; the content of script and style is skipped.
/// </summary>
internal static class HtmlNesting
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen" };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" };

    /// <summary>
    /// Elements the parser closes when another of the same family opens while they are the innermost (a heading ends the
    /// last, and a link a link: pages of headings or links left open stay flat); inside another element they nest.
    /// </summary>
    private static readonly Dictionary<string, string> Innermost = new(StringComparer.OrdinalIgnoreCase)
    {
        ["h1"] = "h", ["h2"] = "h", ["h3"] = "h", ["h4"] = "h", ["h5"] = "h", ["h6"] = "h", ["a"] = "a",
        ["option"] = "option", ["optgroup"] = "optgroup", ["rb"] = "ruby", ["rt"] = "ruby", ["rp"] = "ruby",
    };

    /// <summary>
    /// Elements the parser closes when another of their family opens, together with whatever inline elements were left
    /// open inside them (a paragraph the next paragraph, a list item the next item, a cell the next cell or row):
    /// <c>&lt;p&gt;&lt;font&gt;…</c> or <c>&lt;li&gt;&lt;b&gt;…</c> a thousand times over is a flat page.
    /// </summary>
    private static readonly Dictionary<string, string> Family = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "p", ["li"] = "li", ["dt"] = "d", ["dd"] = "d", ["tr"] = "tr", ["td"] = "cell", ["th"] = "cell",
        ["thead"] = "section", ["tbody"] = "section", ["tfoot"] = "section",
    };

    /// <summary>Inline elements: an element of a family is found and closed beneath them.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label",
        "mark", "nobr", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var",
    };

    /// <summary>
    /// Inline elements the parser opens again in the next block when they were left open in the last (its "active
    /// formatting elements"), at most three alike: a run of one such tag stays shallow, a run of different ones nests.
    /// </summary>
    private static readonly HashSet<string> Formatting = new(StringComparer.OrdinalIgnoreCase)
        { "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u" };

    /// <summary>Elements whose start closes an open paragraph (with the inline elements open inside it).</summary>
    private static readonly HashSet<string> Block = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "listing", "main",
        "menu", "nav", "ol", "p", "pre", "search", "section", "summary", "table", "ul",
    };

    /// <summary>Elements that keep the formatting left open before them out of their content (cells, captions, objects).</summary>
    private static readonly HashSet<string> Boundary = new(StringComparer.OrdinalIgnoreCase)
        { "td", "th", "caption", "applet", "object", "marquee", "template" };

    /// <summary>How far an end tag looks down the open elements for its own (farther is a stray end tag).</summary>
    private const int EndTagReach = 64;

    /// <summary>
    /// The deepest nesting of elements, how many elements the parser builds (start tags outside raw text, and the
    /// formatting it opens again), and its work: the depth at which it builds each, summed (it looks through the open
    /// elements for each, so 250 chains of 990 nested elements, each within both bounds, took it seconds). The pass stops
    /// once one is over its most: the page is refused then, and the rest need not be counted. The attributes of start
    /// tags are counted too, which the parser builds at some 2 µs each, more per byte than it spends on the text of a page.
    /// </summary>
    public static (int Depth, int Elements, long Work, int Attributes) Measure(
        string html, int maxDepth, int maxElements, long maxWork = long.MaxValue, int maxAttributes = int.MaxValue)
    {
        var tree = new OpenElements();
        var attributes = 0;
        var at = 0;
        while ((at = html.IndexOf('<', at)) >= 0 && at + 1 < html.Length && tree.Deepest <= maxDepth && tree.Elements <= maxElements
               && tree.Work <= maxWork && attributes <= maxAttributes)
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
                tree.End(name);
                continue;
            }
            attributes += Attributes(html, nameEnd, tagEnd);
            if (RawText.Contains(name))
            {
                tree.Elements++;
                at = html.IndexOf("</" + name, at, StringComparison.OrdinalIgnoreCase);
                if (at < 0) break;
                continue;
            }
            if (Void.Contains(name) || html[tagEnd - 1] == '/')
            {
                tree.Elements++;
                continue;
            }
            tree.Start(name, Formatting.Contains(name) ? name.ToLowerInvariant() + html[nameEnd..tagEnd].Trim() : null);
        }
        return (tree.Deepest, tree.Elements, tree.Work, attributes);
    }

    /// <summary>
    /// The attributes of a start tag between its name and its closing '>': names apart by white space or '/', each
    /// perhaps with '=' and a value, quoted or not (a quote's end is within the tag, as <see cref="TagEnd"/> found it).
    /// </summary>
    private static int Attributes(string html, int from, int tagEnd)
    {
        var count = 0;
        for (var i = from; i < tagEnd;)
        {
            if (char.IsWhiteSpace(html[i]) || html[i] == '/')
            {
                i++;
                continue;
            }
            count++;
            while (i < tagEnd && !char.IsWhiteSpace(html[i]) && html[i] is not ('/' or '=')) i = Skip(i);
            while (i < tagEnd && char.IsWhiteSpace(html[i])) i++;
            if (i >= tagEnd || html[i] != '=') continue;
            for (i++; i < tagEnd && char.IsWhiteSpace(html[i]); i++) { }
            while (i < tagEnd && !char.IsWhiteSpace(html[i])) i = Skip(i);
        }
        return count;

        // Past one character, or past a quoted run whole.
        int Skip(int i) => html[i] is '"' or '\'' ? html.IndexOf(html[i], i + 1) + 1 : i + 1;
    }

    /// <summary>
    /// The elements open at a point of the page, and the formatting elements left open that the parser opens again (its
    /// "active formatting elements"). Every look back is bounded (<see cref="EndTagReach"/>, or by what it then opens or
    /// closes), so the pass stays linear in the tags and the elements it counts.
    /// </summary>
    private sealed class OpenElements
    {
        /// <summary>An element; <see cref="Key"/> is a formatting element's tag as the parser compares them (name and attributes).</summary>
        private sealed class Element(string name, string? key)
        {
            public string Name { get; } = name;
            public string? Key { get; } = key;
            public bool IsOpen { get; set; } = true;
        }

        private readonly List<Element> _open = [];
        /// <summary>Formatting elements left open, oldest first; null marks a boundary (a cell opened after them).</summary>
        private readonly List<Element?> _formatting = [];

        public int Deepest { get; private set; }

        /// <summary>The elements the parser builds: each start tag, and each formatting element opened again.</summary>
        public int Elements { get; set; }

        /// <summary>The depth at which each element is opened, summed: what the parser's looks through its open elements cost.</summary>
        public long Work { get; private set; }

        public void Start(string name, string? formattingKey)
        {
            if (Family.TryGetValue(name, out var family)) CloseFamily(family);
            if (Block.Contains(name)) CloseFamily("p");
            if (Innermost.TryGetValue(name, out var innermost) && _open.Count > 0
                && Innermost.TryGetValue(_open[^1].Name, out var openInnermost) && openInnermost == innermost)
                Pop(_open.Count - 1);
            // A link never opens inside a link: the parser forgets the last one, so it is not opened again after this one.
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase)) Forget(name);
            var element = new Element(name, formattingKey);
            Open(element);
            if (Boundary.Contains(name)) _formatting.Add(null);
            if (formattingKey is not null) Remember(element);
            Reopen();
        }

        public void End(string name)
        {
            var match = _open.FindLastIndex(_open.Count - 1, Math.Min(_open.Count, EndTagReach), o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match >= 0) Pop(match);
            if (Formatting.Contains(name)) Forget(name);
        }

        /// <summary>Forgets the last formatting element of a name since the last boundary: it is closed for good.</summary>
        private void Forget(string name)
        {
            for (var f = _formatting.Count - 1; f >= Math.Max(0, _formatting.Count - EndTagReach) && _formatting[f] is { } element; f--)
            {
                if (!element.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
                _formatting.RemoveAt(f);
                return;
            }
        }

        private void Open(Element element)
        {
            _open.Add(element);
            Elements++;
            Work += _open.Count;
            Deepest = Math.Max(Deepest, _open.Count);
        }

        /// <summary>Closes the innermost open element of a family, when only elements the family closes through are above it.</summary>
        private void CloseFamily(string family)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (Family.TryGetValue(_open[i].Name, out var f) && f == family)
                {
                    Pop(i);
                    return;
                }
                if (!ClosesThrough(family, _open[i].Name)) return;
            }
        }

        /// <summary>
        /// Whether an element above an open one of the family is closed with it: inline ones always; a list item or a
        /// definition also through a paragraph or a division; a cell, row or table section through all but a table.
        /// </summary>
        private static bool ClosesThrough(string family, string name) => family switch
        {
            "cell" or "tr" or "section" => !name.Equals("table", StringComparison.OrdinalIgnoreCase),
            "li" or "d" => Inline.Contains(name) || name.Equals("p", StringComparison.OrdinalIgnoreCase)
                || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("address", StringComparison.OrdinalIgnoreCase),
            _ => Inline.Contains(name),
        };

        /// <summary>Closes the open elements from <paramref name="index"/> up; a boundary closed forgets the formatting opened after it.</summary>
        private void Pop(int index)
        {
            for (var i = _open.Count - 1; i >= index; i--)
            {
                var element = _open[i];
                _open.RemoveAt(i);
                element.IsOpen = false;
                if (!Boundary.Contains(element.Name)) continue;
                while (_formatting.Count > 0)
                {
                    var forgotten = _formatting[^1];
                    _formatting.RemoveAt(_formatting.Count - 1);
                    if (forgotten is null) break;
                }
            }
        }

        /// <summary>Remembers a formatting element, forgetting the oldest of three alike since the last boundary (the parser's limit).</summary>
        private void Remember(Element element)
        {
            var alike = 0;
            for (var f = _formatting.Count - 1; f >= Math.Max(0, _formatting.Count - EndTagReach) && _formatting[f] is { } other; f--)
            {
                if (other.Key != element.Key || ++alike < 3) continue;
                _formatting.RemoveAt(f);
                break;
            }
            _formatting.Add(element);
        }

        /// <summary>
        /// Opens again, in order, the formatting elements closed with their block since the last boundary or the last
        /// one still open (the parser does so before the next text).
        /// </summary>
        private void Reopen()
        {
            var first = _formatting.Count;
            while (first > 0 && _formatting[first - 1] is { IsOpen: false }) first--;
            for (var f = first; f < _formatting.Count; f++)
            {
                var again = new Element(_formatting[f]!.Name, _formatting[f]!.Key);
                _formatting[f] = again;
                Open(again);
            }
        }
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
