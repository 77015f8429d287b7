using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Browse;

/// <summary>
/// The words of a query a reader would look for in the text: quoted phrases whole, other words as typed;
/// field restrictions (栏目:…), negated words and operators are not text to find, so they are left out.
/// </summary>
public sealed partial class QueryTerms
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
        if (string.IsNullOrWhiteSpace(query)) return None;
        var terms = new List<string>();
        foreach (Match token in Token().Matches(query))
        {
            var text = token.Groups["phrase"].Success ? token.Groups["phrase"].Value : token.Groups["word"].Value;
            if (token.Groups["word"].Success)
            {
                if (text.StartsWith('-') || text.StartsWith('！') || text is "AND" or "OR" or "NOT") continue;
                if (text.Contains(':') || text.Contains('：')) continue;
                text = text.Trim('+', '(', ')', '（', '）', '*', '?');
            }
            text = text.Trim();
            if (text.Length > 0 && !terms.Contains(text, StringComparer.OrdinalIgnoreCase)) terms.Add(text);
        }
        return terms.Count == 0 ? None : new QueryTerms(terms);
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

    [GeneratedRegex("[\"“](?<phrase>[^\"”]+)[\"”]|(?<word>[^\\s\"“”]+)")]
    private static partial Regex Token();
}
