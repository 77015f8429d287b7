using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Api.Contracts;

namespace Archive.Api.Feeds;

/// <summary>
/// An Atom 1.0 document (RFC 4287) of a search's newest articles. Ids are URNs of the search and of each article, so a
/// feed reader knows an entry again whatever host name the feed was fetched under; each entry's summary is its
/// GB/T 7714 citation.
/// </summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";
    private const string Atom = "http://www.w3.org/2005/Atom";
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    /// <param name="id">The feed's URN, the same for the same search.</param>
    /// <param name="self">The feed's own address.</param>
    /// <param name="alternate">The same search as a web page.</param>
    public static byte[] Write(string id, string title, string self, string alternate, IReadOnlyList<ArticleDetail> entries, Links links)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("id", Atom, id);
            xml.WriteElementString("title", Atom, Clean(title));
            // An empty feed has changed never: a fixed instant keeps its ETag steady.
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Document.UpdatedAt)));
            Link(xml, "self", MediaType, self);
            Link(xml, "alternate", "text/html", alternate);
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "组工信息档案");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "Archive");
            foreach (var entry in entries)
            {
                Entry(xml, entry, links);
            }
            xml.WriteEndElement();
        }
        return buffer.ToArray();
    }

    private static void Entry(XmlWriter xml, ArticleDetail entry, Links links)
    {
        var (article, document) = (entry.Article, entry.Document);
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, $"urn:archive:article:{article.Id}");
        xml.WriteElementString("title", Atom, Clean(article.Title));
        xml.WriteElementString("updated", Atom, Timestamp(document.UpdatedAt));
        if (document.Date is { } date)
        {
            xml.WriteElementString("published", Atom, Timestamp(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime)));
        }
        Link(xml, "alternate", "text/html", links.Permalink(article.Id));
        Link(xml, "related", "application/json", links.ApiArticle(article.Id));
        foreach (var author in Authors(article, document))
        {
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, Clean(author));
            xml.WriteEndElement();
        }
        foreach (var term in new[] { article.Section, document.Series }.OfType<string>().Where(t => t.Length > 0))
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", Clean(term));
            xml.WriteEndElement();
        }
        xml.WriteStartElement("summary", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(entry.Citation.Gbt7714));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>
    /// Who wrote the entry: its named writers (记者, 作者, the page's author), else the department or publisher it comes
    /// from; none leaves the feed's own author standing for it.
    /// </summary>
    private static IEnumerable<string> Authors(StoredArticle article, StoredDocument document) =>
        article.Authors.Count > 0 ? article.Authors
        : (document.Author ?? article.SourceDepartment ?? document.Publisher) is { Length: > 0 } one ? [one]
        : [];

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>
    /// Text without the characters XML 1.0 cannot hold (control characters a damaged file left in a title), which
    /// would otherwise make the whole feed unreadable.
    /// </summary>
    private static string Clean(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i)) kept.Append(text, i++, 2);
            else if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
        }
        return kept.ToString();
    }

    /// <summary>RFC 3339, as Atom dates are written.</summary>
    private static string Timestamp(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
