namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// What stands at a page's edges, around the document it carries: a sidebar's list above a headline, a paper's page line
/// lettered by edition, a signature's date with an attachment line under it, a rule cut short where a copy ends. Texts
/// written here after layouts the twenty-ninth batch showed.
/// </summary>
public sealed class PageEdgesTests
{
    [Fact]
    public void A_date_alone_under_the_contact_lines_with_the_attachment_line_under_it_dates_the_notice()
    {
        const string text = """
            各分工会:
            经职工代表选举工作小组审查,推荐的代表候选人资格均有效,现将候选人名单予以公示,公示期三天。如有异议,请向选举工作小组反映。
            联系人:王明 12345678901
            联系邮箱: 12345678
            二○二三年三月六日
            附:代表候选人名单
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2023, 3, 6), doc.Date);
        Assert.EndsWith("联系邮箱: 12345678", article.Body);
    }

    [Fact]
    public void A_rules_article_cut_short_where_the_copy_ends_is_the_bodys_last_line_not_a_caption()
    {
        const string text = """
            某某县人民政府办公室关于印发某某县政务公开工作规定的通知
            各乡镇人民政府,县政府各部门:
            现将《某某县政务公开工作规定》印发给你们,请认真贯彻执行。
            二〇一八年4月2日
            某某县政务公开工作规定
            第一条 为推进政务公开工作,结合本县实际,制定本规定。
            第二条 县政府办公室是全县政务公开工作的主管部门。
            第三条  行政机关
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(new DateOnly(2018, 4, 2), doc.Date);
        Assert.EndsWith("第三条  行政机关", article.Body);
        Assert.Empty(article.Captions);
    }
}
