using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Indexer.Chinese;
using Archive.Indexer.Search.Syntax;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Browse;

/// <summary>
/// The words and phrases of a query that a reader looks for in the text, as the engine reads the query:
/// its parser picks the text and title terms that are not negated (field restrictions such as 栏目:… are
/// filters, not text), and its segmenter cuts unquoted terms into the words it searches for, so
/// 考察识别干部 marks 考察识别 and 干部 wherever they stand. A quoted phrase is marked only whole.
/// </summary>
public sealed class QueryTerms
{
    public static QueryTerms None { get; } = new([]);

    private readonly Regex? _pattern;

    private QueryTerms(IReadOnlyList<string> terms)
    {
        Terms = terms;
        if (terms.Count > 0)
        {
            // Longest first so a phrase wins over a word inside it.
            _pattern = new Regex(string.Join("|", terms.OrderByDescending(t => t.Length).Select(Regex.Escape)),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
    }

    public IReadOnlyList<string> Terms { get; }

    public static QueryTerms Of(string? query)
    {
        var terms = new List<string>();
        Collect(QuerySyntaxParser.Parse(query).Root, terms);
        return terms.Count == 0 ? None : new QueryTerms(terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static void Collect(QueryNode? node, List<string> terms)
    {
        switch (node)
        {
            case TextNode { Field: QueryField.Text or QueryField.Title } text:
                if (text.Phrase) terms.Add(text.Text);
                else terms.AddRange(Words(text.Text));
                break;
            case AllOfNode all:
                foreach (var child in all.Children) Collect(child, terms);
                break;
            case AnyOfNode any:
                foreach (var child in any.Children) Collect(child, terms);
                break;
        }
    }

    /// <summary>The indexed words of an unquoted term; single characters only when the term is one.</summary>
    private static IEnumerable<string> Words(string term)
    {
        var language = ChineseLanguage.Shared;
        var words = language.Segmenter.Segment(term)
            .Where(t => t.IsIndexed && !language.StopWords.Contains(term.AsSpan(t.Start, t.Length)))
            .Select(t => term.Substring(t.Start, t.Length))
            .ToList();
        var longer = words.Where(w => w.Length > 1).ToList();
        return longer.Count > 0 ? longer : words;
    }

    /// <summary>The text encoded, with every occurrence of a term in &lt;mark&gt;.</summary>
    public IHtmlContent Mark(string text)
    {
        if (_pattern is null) return new HtmlString(WebUtility.HtmlEncode(text));
        var html = new StringBuilder(text.Length + 32);
        var position = 0;
        try
        {
            foreach (Match match in _pattern.Matches(text))
            {
                html.Append(WebUtility.HtmlEncode(text[position..match.Index]))
                    .Append("<mark>").Append(WebUtility.HtmlEncode(match.Value)).Append("</mark>");
                position = match.Index + match.Length;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Marking is a courtesy: past the time limit, the rest of the text stays unmarked.
        }
        html.Append(WebUtility.HtmlEncode(text[position..]));
        return new HtmlString(html.ToString());
    }
}
