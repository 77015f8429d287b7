using System.Globalization;
using System.Net;
using System.Text;

namespace Archive.Evaluation.Generation;

/// <summary>
/// A page of a city's 先锋网 as the web sample: a stray X, the title, the department, 发布日期, 作者, 浏览次数,
/// the body, then the site footer (主办单位, 承办单位, 地址, 技术支持). As HTML the footer and a navigation bar
/// are page chrome, so the manifest states publisher and site only for the text version.
/// </summary>
internal sealed class WebArticleLayout(TextComposer text)
{
    public GeneratedDocument Create(string file, City city, string county, DateOnly date, ComposedArticle article, bool asHtml)
    {
        var department = $"{county}委组织部";
        var author = text.PersonName();
        var views = text.Between(50, 20000);
        var site = $"{city.ShortName}先锋网";
        var publisher = $"中共{city.Name}委组织部";
        var isoDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lines = new List<string> { "X", "", article.Title, "", department, "", $"发布日期:{isoDate}", "", $"作者:{author}", "", $"浏览次数:{views}", "", "" };
        foreach (var paragraph in article.Paragraphs)
        {
            lines.Add(paragraph);
            lines.Add("");
        }

        var footer = new[]
        {
            $"主办单位:{publisher} 承办单位:{city.Name}党员干部现代远程教育办公室",
            $"{site}编辑部:0{text.Between(310, 999)}-{text.Between(2000000, 8999999)} 地址:{city.Province}{city.Name}人民路{text.Between(1, 300)}号",
            $"技术支持:中国联合网络通信有限公司{city.Name}分公司 设计制作:网新科技",
        };
        lines.AddRange(footer);

        var manifest = new ManifestEntry
        {
            File = file,
            Format = asHtml ? "html" : "txt",
            Kind = "web_article",
            Title = article.Title,
            Date = isoDate,
            Author = author,
            Views = views,
            Publisher = asHtml ? null : publisher,
            Site = asHtml ? null : site,
            Region = city.CountyPath(county),
            Articles =
            [
                ManifestBody.Article(article, article.Paragraphs) with { SourceDepartment = department, Region = city.CountyPath(county) },
            ],
        };
        return asHtml
            ? new GeneratedDocument(manifest, [Html(article, department, isoDate, author, views, site, footer)], [article])
            : new GeneratedDocument(manifest, lines, [article]);
    }

    private static string Html(ComposedArticle article, string department, string date, string author, int views, string site, string[] footer)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(E(article.Title)).Append(" - ").Append(E(site))
            .Append("</title><style>p{text-indent:2em}</style><script>var pv=0;</script></head>\n<body>\n")
            .Append("<nav class=\"menu\"><a href=\"/\">首页</a> <a href=\"/news\">工作动态</a> <a href=\"/dj\">基层党建</a></nav>\n")
            .Append("<div class=\"article\">\n<h1>").Append(E(article.Title)).Append("</h1>\n")
            .Append("<p>").Append(E(department)).Append("</p>\n<p>发布日期:").Append(date).Append("</p>\n<p>作者:").Append(E(author))
            .Append("</p>\n<p>浏览次数:").Append(views).Append("</p>\n<div class=\"content\">\n");
        foreach (var paragraph in article.Paragraphs)
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }

        html.Append("</div>\n</div>\n<footer>");
        foreach (var line in footer)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }

        return html.Append("</footer>\n</body></html>\n").ToString();
    }
}
