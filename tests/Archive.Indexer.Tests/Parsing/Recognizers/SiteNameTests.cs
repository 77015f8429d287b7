using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class SiteNameTests
{
    [Theory]
    [InlineData("阜阳先锋网编辑部", "阜阳先锋网")]
    [InlineData("网友评论仅供其表达个人看法,并不表明信阳新闻网立场。", "信阳新闻网")]
    [InlineData("本文仅代表作者观点,不代表某某新闻网立场", "某某新闻网")]
    [InlineData("本文由写写帮文库小编整理", "写写帮文库")]
    [InlineData("Copyright © 2020 某县先锋网版权所有", "某县先锋网")]
    public void A_site_named_in_a_footer_or_a_lead_is_its_name_alone(string text, string site) =>
        Assert.Equal(site, SiteName.InText(Lines.Of(text)));

    [Theory]
    [InlineData("全县党员干部参加网格化管理培训")]
    [InlineData("会议强调，要站稳人民立场")]
    public void Text_that_names_no_site_gives_none(string text) => Assert.Null(SiteName.InText(Lines.Of(text)));

    [Theory]
    [InlineData("当前页面: 淮北先锋网 > 先锋头条", "淮北先锋网")]
    [InlineData("當前位置:學問谷 >", "學問谷")]
    public void A_breadcrumbs_first_step_names_the_site(string breadcrumb, string site) =>
        Assert.Equal(site, SiteName.InChrome(Lines.Of(breadcrumb)));

    [Theory]
    [InlineData("当前位置: 工作动态>> 地方政务")]
    [InlineData("您的位置: 通知公告 > 正文")]
    [InlineData("當前位置: 網站首頁>>法規制度")]
    [InlineData("当前位置: 学校首页 > 学校新闻")]
    public void A_breadcrumb_opening_on_a_channel_names_no_site(string breadcrumb) => Assert.Null(SiteName.InChrome(Lines.Of(breadcrumb)));

    [Theory]
    [InlineData("东南网8月16日讯(记者 张三)", "东南网")]
    [InlineData("南方网韶关讯 (记者 李四)", "南方网")]
    [InlineData("江东新闻网·掌上江东客户端讯 ", "江东新闻网·掌上江东客户端")]
    [InlineData("【連網】  今天上午", "連網")]
    public void A_sites_dateline_names_the_site(string dateline, string site) =>
        Assert.Equal(site, SiteName.InDateline(Lines.Of(dateline)));

    [Theory]
    [InlineData("本网讯(通讯员 王五)")]
    [InlineData("萧山日报讯 (首席记者 张莎)")]
    [InlineData("南方网北京6月30日讯 (记者 张三)")]
    public void A_dateline_of_this_site_of_a_paper_or_from_afar_names_no_site(string dateline) => Assert.Null(SiteName.InDateline(Lines.Of(dateline)));
}
