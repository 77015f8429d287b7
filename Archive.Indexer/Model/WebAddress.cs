namespace Archive.Indexer.Model;

/// <summary>
/// A web page's address as a citation gives it: an absolute http or https URL, at most <see cref="MaxLength"/>
/// characters, without white space or the characters a URL must escape (" &lt; &gt; ` { } | \ ^): a javascript: or
/// data: link is no address anyone can visit, and a page's text is not trusted to give one that is safe to show
/// unescaped.
/// </summary>
internal static class WebAddress
{
    public const int MaxLength = 2_000;

    private const string Unescaped = "\"<>`{}|\\^";

    /// <summary>The address in <paramref name="text"/> (trimmed), or null when it is none.</summary>
    public static string? Read(string? text)
    {
        var address = text?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength || address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || Unescaped.Contains(c))) return null;
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0
            ? address
            : null;
    }
}
