using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Indexer.Text;

/// <summary>
/// .html/.htm through AngleSharp: the declared charset is respected, page chrome (script, style, nav, header, aside,
/// forms, elements whose class or id says nav/menu/breadcrumb, hidden elements) is dropped, and each block element (p, h1-h6, li, td,
/// div with text) becomes a block. The footer (footer, or a class or id saying footer/copyright) comes last, its
/// blocks marked as the footer's: it names who runs the site (主办, 版权所有), and none of it is the article's.
/// </summary>
internal static partial class HtmlReader
{
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "noframes", "nav", "header", "aside", "form", "iframe", "template", "svg", "button", "select" };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
        { "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "main", "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "center", "body", "br", "hr", "tbody", "thead" };

    /// <summary>
    /// Elements open inside each other at most: real pages nest a few dozen deep, while the HTML parser's work grows
    /// with the square of the depth (100,000 nested divs take minutes).
    /// </summary>
    public const int MaxDepth = 1_000;

    /// <summary>
    /// Elements a page holds at most: a long page of tables holds some ten thousand; the parser keeps some 750 bytes for
    /// each, and a million line breaks (4 MB) took 750 MB of the reader's 1 GB heap.
    /// </summary>
    public const int MaxElements = 500_000;

    /// <summary>
    /// Attributes a page's tags hold at most, all together: a long page of tables holds some hundred thousand (a class or
    /// a style on each cell); the parser builds each at some 2 µs, and a million in one tag (10 MB) took it 3.6 s.
    /// </summary>
    public const int MaxAttributes = 500_000;

    /// <summary>
    /// The parser's work a file's markup may cost at most (<see cref="HtmlNesting.Measure"/>: the depth at which each
    /// element is built, summed), all its pages together: a long page of tables costs a few million; 250 chains of 990
    /// nested elements (2.7 MB, within both bounds above) cost 123 million and 3 s of the reader's processor budget.
    /// </summary>
    public const long MaxWork = 20_000_000;

    /// <summary>What is left of <see cref="MaxWork"/> to the markup of one file, however many pages it holds (a .docx's imported chunks).</summary>
    public sealed class WorkBudget
    {
        public long Left { get; set; } = MaxWork;
    }

    /// <param name="work">Shared by every page of one file; a page's own when null.</param>
    /// <param name="charset">The charset the page's carrier declares (a web archive's part header), before its own meta.</param>
    public static ExtractedText Read(ReadOnlySpan<byte> bytes, WorkBudget? work = null, string? charset = null)
    {
        var (html, encoding) = TextDecoder.Decode(bytes, charset ?? DeclaredCharset(bytes));
        return Read(html, encoding, work);
    }

    /// <summary>Markup already decoded (a page, or the HTML a Markdown file holds), read as a page is.</summary>
    public static ExtractedText Read(string html, string encoding, WorkBudget? work = null)
    {
        work ??= new WorkBudget();
        var (depth, elements, cost, attributes) = HtmlNesting.Measure(html, MaxDepth, MaxElements, work.Left, MaxAttributes);
        if (depth > MaxDepth)
            throw new UnreadableFileException($"the HTML nests elements more than {MaxDepth:N0} levels deep (unclosed or nested tags); at most {MaxDepth:N0} are read");
        if (elements > MaxElements)
            throw new UnreadableFileException($"the HTML holds over {MaxElements:N0} elements as its parser builds them, more than a page holds; at most {MaxElements:N0} are read");
        if (attributes > MaxAttributes)
            throw new UnreadableFileException($"the HTML holds over {MaxAttributes:N0} attributes in its tags, more than a page holds; at most {MaxAttributes:N0} are read");
        if (cost > work.Left)
            throw new UnreadableFileException(
                $"the HTML nests its elements too deep too often (many deep chains, or deep formatting opened again and again): reading it would take its parser over {MaxWork:N0} steps, far more than a page takes");
        work.Left -= cost;
        var document = new HtmlParser().ParseDocument(html);
        var address = Address(document, html);
        foreach (var element in document.QuerySelectorAll("*").Where(IsChrome).ToList())
            element.Remove();
        // Outermost footers only: one inside another goes with it. Found by each one's ancestors (as deep as MaxDepth at
        // most), not by comparing every pair: a page may hold a great many.
        var footers = new List<IElement>();
        var isFooter = new HashSet<IElement>();
        foreach (var element in document.QuerySelectorAll("*").Where(IsFooter))
        {
            isFooter.Add(element);
            if (!element.GetAncestors().OfType<IElement>().Any(isFooter.Contains)) footers.Add(element);
        }
        foreach (var footer in footers) footer.Remove();

        var blocks = new List<TextBlock>();
        var title = document.Title is { } named ? WithoutNoncharacters(named.Trim()) : null;
        var current = new StringBuilder();
        Walk(document.Body ?? document.DocumentElement, blocks, current);
        Flush(blocks, current, null);
        var text = blocks.Count;
        foreach (var footer in footers)
        {
            Walk(footer, blocks, current);
            Flush(blocks, current, null);
        }
        for (var i = text; i < blocks.Count; i++) blocks[i] = blocks[i] with { HeadingLevel = null, IsFooter = true };
        if (!string.IsNullOrEmpty(title) && !blocks.Any(b => b.HeadingLevel is not null))
            blocks.Insert(0, new TextBlock(title, null, 1));
        return new ExtractedText(string.Join("\n", blocks.Select(b => b.Text)), blocks, encoding, "html") { Address = address };
    }

    /// <summary>
    /// Where the page says it lives: its canonical link, its og:url, or the address a browser's "save as" noted at the
    /// top (&lt;!-- saved from url=(0042)https://… --&gt;); the first that is a web address.
    /// </summary>
    private static string? Address(IDocument document, string html) =>
        new[]
        {
            document.QuerySelectorAll("link[rel][href]").FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href"),
            document.QuerySelectorAll("meta[property][content]").FirstOrDefault(m => string.Equals(m.GetAttribute("property"), "og:url", StringComparison.OrdinalIgnoreCase))?.GetAttribute("content"),
            SavedFrom().Match(html.Length > 1_000 ? html[..1_000] : html) is { Success: true } saved ? saved.Groups[1].Value : null,
        }.Select(WebAddress.Read).FirstOrDefault(a => a is not null);

    /// <summary>Chrome by its tag or its class or id; or hidden (a mirror site's keyword spam shows to crawlers only).</summary>
    private static bool IsChrome(IElement element) =>
        Chrome.Contains(element.LocalName) || ChromeMark().IsMatch($"{element.Id} {element.ClassName}".ToLowerInvariant())
        || element.HasAttribute("hidden") || element.GetAttribute("style") is { } style && Hidden().IsMatch(style);

    private static bool IsFooter(IElement element) =>
        element.LocalName.Equals("footer", StringComparison.OrdinalIgnoreCase) || FooterMark().IsMatch($"{element.Id} {element.ClassName}".ToLowerInvariant());

    /// <summary>
    /// Text into blocks in document order: each block element flushes the text before it and its own. Walked with a
    /// stack of steps rather than calls, so the depth of the tree costs no call depth.
    /// </summary>
    private static void Walk(INode root, List<TextBlock> blocks, StringBuilder current)
    {
        var steps = new Stack<WalkStep>();
        steps.Push(new WalkStep(root, null, null, default));
        while (steps.TryPop(out var step))
        {
            if (step.Text is not null)
            {
                current.Append(step.Text);
                continue;
            }
            if (step.Node is null)
            {
                Flush(blocks, current, step.Level, step.Layout);
                continue;
            }
            var children = step.Node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                switch (children[i])
                {
                    case IText text:
                        steps.Push(new WalkStep(null, text.Data, null, default));
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName):
                        var headingLevel = element.LocalName is ['h' or 'H', >= '1' and <= '6'] ? element.LocalName[1] - '0' : step.Level;
                        var layout = step.Layout.Within(element);
                        steps.Push(new WalkStep(null, null, headingLevel, layout));
                        steps.Push(new WalkStep(element, null, headingLevel, layout));
                        steps.Push(new WalkStep(null, null, step.Level, step.Layout));
                        break;
                    case IElement element:
                        steps.Push(new WalkStep(element, null, step.Level, step.Layout.Within(element)));
                        break;
                }
            }
        }
    }

    /// <summary>
    /// One step of <see cref="Walk"/>: enter a node, add a text, or (neither) flush the text gathered so far as a block
    /// laid out as <paramref name="Layout"/> says.
    /// </summary>
    private readonly record struct WalkStep(INode? Node, string? Text, int? Level, BlockLayout Layout);

    /// <summary>
    /// Whether the text of an element is indented (text-indent of a character or more) and centered (text-align, the
    /// align attribute, &lt;center&gt;), as its own style says or else the element around it: both inherit, as a
    /// browser applies them (a div with text-indent indents every paragraph in it). Stylesheets are not read.
    /// </summary>
    private readonly record struct BlockLayout(bool Indented, bool Centered)
    {
        public BlockLayout Within(IElement element)
        {
            var style = element.GetAttribute("style");
            var indent = style is not null && TextIndent().Match(style) is { Success: true } declared ? VisibleIndent(declared) : Indented;
            var alignment = element.LocalName.Equals("center", StringComparison.OrdinalIgnoreCase) ? "center"
                : style is not null && TextAlign().Match(style) is { Success: true } align ? align.Groups[1].Value
                : element.GetAttribute("align");
            var centered = alignment is null ? Centered : alignment.Equals("center", StringComparison.OrdinalIgnoreCase);
            return new BlockLayout(indent, centered);
        }

        /// <summary>An indent of at least a character (2em, 32px, 24pt); 0 or less is none.</summary>
        private static bool VisibleIndent(Match indent) =>
            double.TryParse(indent.Groups[1].ValueSpan, NumberStyles.Float, CultureInfo.InvariantCulture, out var size)
            && size >= indent.Groups[2].Value.ToLowerInvariant() switch { "em" or "rem" => 1, "pt" => 9, _ => 12 };
    }

    /// <summary>
    /// Gathered text as a block. Its spaces are collapsed as a browser shows them, but an indent the page writes before
    /// it (full-width or non-breaking spaces, as Chinese pages indent their paragraphs) or in its style is kept as
    /// <see cref="TextBlock.Indented"/>: body paragraphs are; headlines are not, nor is anything centered.
    /// </summary>
    private static void Flush(List<TextBlock> blocks, StringBuilder current, int? level, BlockLayout layout = default)
    {
        var raw = current.ToString();
        var text = WithoutNoncharacters(Whitespace().Replace(raw, " ").Trim());
        current.Clear();
        if (text.Length > 0) blocks.Add(new TextBlock(text, null, level) { Indented = !layout.Centered && (layout.Indented || PrintedIndent().IsMatch(raw)) });
    }

    /// <summary>
    /// Noncharacters (U+FDD0–U+FDEF and the last two code points of every plane: U+FFFE, U+FFFF, U+1FFFE …) as U+FFFD,
    /// which the parser already makes of a reference to NUL, a surrogate or past U+10FFFF. It keeps noncharacters (the
    /// standard calls a reference to one an error but leaves it), yet they are no text: Unicode sets them aside for a
    /// program's own use, and stored they would be indexed and shown as if the page had written something.
    /// </summary>
    private static string WithoutNoncharacters(string text)
    {
        if (!text.EnumerateRunes().Any(IsNoncharacter)) return text;
        var replaced = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes()) replaced.Append(IsNoncharacter(rune) ? Rune.ReplacementChar : rune);
        return replaced.ToString();
    }

    private static bool IsNoncharacter(Rune rune) => rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>The charset a page declares in its first bytes (meta charset or http-equiv content-type).</summary>
    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();

    [GeneratedRegex(@"<!--\s*saved from url=\([0-9]+\)(\S+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom();

    [GeneratedRegex(@"\b(nav|navbar|menu|breadcrumb|sidebar|topbar)\b")]
    private static partial Regex ChromeMark();

    [GeneratedRegex(@"\b(footer|foot|copyright)\b")]
    private static partial Regex FooterMark();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"[ \t\r\n\u00A0\u3000]+")]
    private static partial Regex Whitespace();

    /// <summary>Two or more full-width, em, en or non-breaking spaces before a text (a browser collapses the others).</summary>
    [GeneratedRegex(@"^[ \t\r\n]*[\u3000\u00A0\u2002\u2003]{2}")]
    private static partial Regex PrintedIndent();

    /// <summary>The style's last text-indent declaration: the one a browser applies.</summary>
    [GeneratedRegex(@"(?<![\w-])text-indent\s*:\s*(-?[0-9]+(?:\.[0-9]+)?)\s*(em|rem|px|pt)?", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TextIndent();

    [GeneratedRegex(@"(?<![\w-])text-align\s*:\s*([a-z-]+)", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TextAlign();
}
