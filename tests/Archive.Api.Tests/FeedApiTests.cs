using System.Globalization;
using System.Net;
using System.Xml.Linq;
using static Archive.Api.Tests.TestDocuments;

namespace Archive.Api.Tests;

/// <summary>GET /api/v1/search.atom: a search as an Atom 1.0 feed of its newest matches.</summary>
[Collection(SeededArchiveCollection.Name)]
public sealed class FeedApiTests(SeededArchive archive)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly HttpClient client = archive.CreateClient();

    public static async Task<XElement> Feed(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v1/search.atom?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static void AssertDate(XElement parent, string name) =>
        Assert.True(DateTimeOffset.TryParseExact(parent.Element(Atom + name)?.Value, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"<{name}> is not an RFC 3339 date: {parent.Element(Atom + name)}");

    [Fact]
    public async Task The_feed_has_the_elements_Atom_requires_and_each_entry_cites_its_article()
    {
        var feed = await Feed(client, "q=" + Uri.EscapeDataString("疫情防控") + "&section=" + Uri.EscapeDataString("市外参考"));

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.StartsWith("urn:archive:search:", feed.Element(Atom + "id")!.Value);
        Assert.Contains("疫情防控", feed.Element(Atom + "title")!.Value);
        AssertDate(feed, "updated");
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var links = feed.Elements(Atom + "link").ToDictionary(l => l.Attribute("rel")!.Value, l => l.Attribute("href")!.Value);
        Assert.Contains("/api/v1/search.atom?", links["self"]);
        Assert.Contains("section=市外参考", Uri.UnescapeDataString(links["alternate"]));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        var dates = new List<DateTimeOffset>();
        foreach (var entry in entries)
        {
            var id = entry.Element(Atom + "id")!.Value;
            Assert.StartsWith("urn:archive:article:", id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            AssertDate(entry, "updated");
            var permalink = entry.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "alternate").Attribute("href")!.Value;
            var article = await client.OkJson("/api/v1/articles/" + id["urn:archive:article:".Length..]);
            Assert.Equal(article.Str("permalink"), permalink);
            Assert.Equal(article.GetProperty("citation").Str("gbt7714"), entry.Element(Atom + "summary")!.Value);
            dates.Add(DateTimeOffset.Parse(entry.Element(Atom + "published")!.Value, CultureInfo.InvariantCulture));
        }
        Assert.Equal(dates.OrderDescending(), dates);
    }

    /// <summary>
    /// A signed article's entry names its writers, as a newspaper item's citation does (许睿. 金安：…[N]. 六安日报): the newspaper sample's
    /// entry named nobody, and a web article's by its author named only the feed.
    /// </summary>
    [Fact]
    public async Task An_entry_names_the_articles_writers()
    {
        var feed = await Feed(client, "q=" + Uri.EscapeDataString("五线五关"));

        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        var article = await client.OkJson("/api/v1/articles/" + entry.Element(Atom + "id")!.Value["urn:archive:article:".Length..]);
        Assert.Equal(article.Items("authors").Select(a => a.GetString()), entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
        Assert.Equal("许睿", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public async Task Ids_are_stable_and_a_reader_that_has_the_feed_gets_a_304()
    {
        var one = await Feed(client, "section=" + Uri.EscapeDataString("市内信息") + "&q=" + Uri.EscapeDataString("干部"));
        var two = await Feed(client, "q=" + Uri.EscapeDataString("干部") + "&section=" + Uri.EscapeDataString("市内信息"));

        Assert.Equal(one.Element(Atom + "id")!.Value, two.Element(Atom + "id")!.Value);
        Assert.Equal(one.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value), two.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value));
        Assert.NotEqual(one.Element(Atom + "id")!.Value, (await Feed(client, "q=" + Uri.EscapeDataString("干部"))).Element(Atom + "id")!.Value);

        using var first = await client.GetAsync("/api/v1/search.atom?q=" + Uri.EscapeDataString("干部"));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/search.atom?q=" + Uri.EscapeDataString("干部"));
        again.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("series=安慶組工信息", "series=安庆组工信息")]
    [InlineData("region=安庆", "region=安徽省/安庆市")]
    [InlineData("region=安庆&series=安庆组工信息", "series=安慶組工信息&region=安徽省／安庆市")]
    public async Task One_search_written_two_ways_is_one_feed(string one, string other)
    {
        static string Encoded(string query) => string.Join('&', query.Split('&').Select(p => p.Split('=')).Select(p => $"{p[0]}={Uri.EscapeDataString(p[1])}"));

        var first = await Feed(client, Encoded(one));
        var second = await Feed(client, Encoded(other));

        Assert.NotEmpty(first.Elements(Atom + "entry"));
        Assert.Equal(first.Element(Atom + "id")!.Value, second.Element(Atom + "id")!.Value);
        Assert.Equal(first.Element(Atom + "title")!.Value, second.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task A_feed_title_names_a_kind_in_chinese_not_by_its_code()
    {
        var title = (await Feed(client, "kind=bulletin")).Element(Atom + "title")!.Value;

        Assert.Contains("类型：" + KindNames.Label(DocumentKind.Bulletin), title);
        Assert.DoesNotContain("bulletin", title);
    }

    [Fact]
    public async Task A_search_that_matches_nothing_is_a_valid_empty_feed_and_a_bad_filter_a_problem()
    {
        var feed = await Feed(client, "q=" + Uri.EscapeDataString(Marker() + Marker()));

        Assert.Empty(feed.Elements(Atom + "entry"));
        AssertDate(feed, "updated");
        await client.GetProblem("/api/v1/search.atom?year=abc", HttpStatusCode.BadRequest, "invalid_parameter");
    }

    [Theory]
    [InlineData("size=0")]
    [InlineData("size=1000")]
    public async Task A_size_outside_the_range_is_a_problem_not_a_shorter_feed(string size) =>
        await client.GetProblem("/api/v1/search.atom?" + size, HttpStatusCode.BadRequest, "invalid_parameter");

    [Fact]
    public async Task The_results_page_links_its_feed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=" + Uri.EscapeDataString("疫情") + "&department=" + Uri.EscapeDataString("大观区委组织部"));
        request.Headers.Accept.ParseAdd("text/html");
        var page = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\"", page);
        Assert.Contains("href=\"/api/v1/search.atom?q=疫情&amp;dept=大观区委组织部\"", page);
        Assert.Contains("class=\"feed\"", page);
    }
}
