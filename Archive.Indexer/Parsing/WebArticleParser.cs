using System.Text.RegularExpressions;
using Archive.Indexer.Regions;

namespace Archive.Indexer.Parsing;

/// <summary>
/// A page saved from a website: the title, the label lines (发布日期, 作者, 来源, 浏览次数), the department line under
/// the title, and the footer (主办单位, 承办单位, 技术支持, 地址 …) that gives the publisher and the site. Page chrome
/// (a stray X, breadcrumbs, 打印/关闭, the footer) is kept out of the body.
/// </summary>
internal sealed partial class WebArticleParser(Gazetteer gazetteer)
{
    public ParsedDocument Parse(IReadOnlyList<SourceLine> lines)
    {
        // The title stands right above the label lines (and the department line under it); what is above the
        // title is the site's header. Without labels, the first line that is not chrome is the title.
        string? site = null;
        var i = 0;
        while (i < lines.Count && IsChrome(lines[i].Text)) i++;
        var firstLabel = Enumerable.Range(0, Math.Min(lines.Count, 12)).FirstOrDefault(j => DocumentPatterns.WebLabel().IsMatch(lines[j].Text), -1);
        if (firstLabel > i)
        {
            var t = firstLabel - 1;
            while (t > i && (IsChrome(lines[t].Text) || IsDepartmentLine(lines[t].Text))) t--;
            for (var j = i; j < t; j++)
                if (DocumentPatterns.SiteName().Match(lines[j].Text) is { Success: true } header && header.Length == lines[j].Text.Length)
                    site ??= header.Groups["site"].Value;
            i = t;
        }
        var title = i < lines.Count ? lines[i].Text : "";
        var titlePage = i < lines.Count ? lines[i].Page : null;
        i++;

        // The footer: from the first footer line near the end of the page.
        var footerStart = lines.Count;
        for (var j = lines.Count - 1; j >= i && j >= lines.Count - 12; j--)
            if (DocumentPatterns.WebFooter().IsMatch(lines[j].Text)) footerStart = j;
        var footer = lines.Skip(footerStart).Select(l => l.Text).ToList();

        DateOnly? date = null;
        string? author = null, department = null;
        int? views = null;
        // Label lines and the department line between the title and the first paragraph.
        for (; i < footerStart; i++)
        {
            var text = lines[i].Text;
            var labels = DocumentPatterns.WebLabel().Matches(text);
            if (labels.Count > 0)
            {
                foreach (Match label in labels)
                {
                    var value = label.Groups["value"].Value.Trim();
                    switch (label.Groups["label"].Value)
                    {
                        case "作者" or "撰稿": author ??= NullIfEmpty(value); break;
                        case "来源" or "信息来源" or "文章来源":
                            // 来源：阜阳先锋网 names the site the article was taken from, not a department.
                            if (DocumentPatterns.SiteName().Match(value) is { Success: true } from && from.Length == value.Length)
                                site ??= value;
                            else
                                department ??= NullIfEmpty(value);
                            break;
                        case "浏览次数" or "浏览量" or "点击数" or "点击量" or "点击次数" or "阅读次数" or "阅读量" or "访问量" or "访问次数":
                            views ??= int.TryParse(Digits().Match(value.Replace(",", "").Replace("，", "")).Value, out var v) ? v : null;
                            break;
                        case "责任编辑" or "编辑": break;
                        default: date ??= ChineseDate.FindFirst(value); break;
                    }
                }
                continue;
            }
            if (IsChrome(text)) continue;
            if (department is null && IsDepartmentLine(text))
            {
                department = text;
                continue;
            }
            break;
        }

        var draft = new ArticleDraft(title, null, titlePage) { SourceDepartment = department };
        foreach (var line in lines.Skip(i).Take(footerStart - i))
            if (!IsChrome(line.Text)) draft.Lines.Add(line.Text);

        string? publisher = null;
        foreach (var text in footer)
        {
            if (publisher is null && Host().Match(text) is { Success: true } host) publisher = host.Groups["who"].Value;
            if (site is null && DocumentPatterns.SiteName().Match(text) is { Success: true } s) site = s.Groups["site"].Value;
        }
        date ??= ChineseDate.FindFirst(string.Join("\n", lines.Take(i).Select(l => l.Text)));

        var publisherRegion = gazetteer.Resolve(publisher) ?? gazetteer.Resolve(site);
        var region = gazetteer.Resolve(department, publisherRegion) ?? gazetteer.Resolve(title, publisherRegion) ?? publisherRegion;
        return new ParsedDocument
        {
            Kind = DocumentKind.WebArticle,
            Title = title,
            Date = date,
            Publisher = publisher,
            Region = region,
            Author = author,
            Site = site,
            Views = views,
            Articles = [draft.Build(region)],
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static bool IsDepartmentLine(string text) =>
        text.Length <= 30 && !Punctuation.HasSentencePunctuation(text) && Department().IsMatch(text);

    /// <summary>Page furniture left by a copy from a browser: a close mark, breadcrumbs, print and share links.</summary>
    private static bool IsChrome(string text) =>
        text.Length <= 2 && !text.Any(Punctuation.IsCjk) || PageChrome().IsMatch(text);

    [GeneratedRegex(@"^(?:首页|当前位置|您现在的位置|您的位置|位置)[:：>＞\s]|[>＞»›]\s*(?:正文|详情)$|^(?:【?\s*(?:打印|关闭|关闭窗口|打印本页|收藏|分享到?|字体|字号)[^。]{0,20})$|^上一篇|^下一篇")]
    private static partial Regex PageChrome();

    [GeneratedRegex(@"(?:主办单位|主办|版权所有)\s*[:：]?\s*(?<who>[^\s:：]+(?:组织部|委员会|办公室|党委|党组|政府|工委|局|厅|中心))")]
    private static partial Regex Host();

    [GeneratedRegex(@"(?:组织部|宣传部|统战部|委员会|党委|党组|政府|办公室|局|厅|委|中心|办)$")]
    private static partial Regex Department();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
