using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Browse;

/// <summary>
/// The engine's highlighted fields are escaped text with &lt;mark&gt; around matches. They are rendered raw,
/// but only after every piece between the marks is decoded and encoded again, so no other tag can get through
/// even if a field was not escaped.
/// </summary>
public static class MarkedHtml
{
    private const string Open = "<mark>";
    private const string Close = "</mark>";

    public static IHtmlContent Render(string? markedHtml, string fallbackText)
    {
        if (string.IsNullOrEmpty(markedHtml)) return new HtmlString(WebUtility.HtmlEncode(fallbackText));
        var html = new StringBuilder(markedHtml.Length + 16);
        var depth = 0;
        var position = 0;
        while (position < markedHtml.Length)
        {
            var open = markedHtml.IndexOf(Open, position, StringComparison.Ordinal);
            var close = markedHtml.IndexOf(Close, position, StringComparison.Ordinal);
            var next = open < 0 ? close : close < 0 ? open : Math.Min(open, close);
            var end = next < 0 ? markedHtml.Length : next;
            html.Append(WebUtility.HtmlEncode(WebUtility.HtmlDecode(markedHtml[position..end])));
            if (next < 0) break;
            if (next == open)
            {
                if (depth == 0) html.Append(Open);
                depth++;
                position = open + Open.Length;
            }
            else
            {
                if (depth == 1) html.Append(Close);
                depth = Math.Max(0, depth - 1);
                position = close + Close.Length;
            }
        }
        if (depth > 0) html.Append(Close);
        return new HtmlString(html.ToString());
    }
}
