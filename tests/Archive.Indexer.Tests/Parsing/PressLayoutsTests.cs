using Archive.Indexer.Parsing;

namespace Archive.Indexer.Tests.Parsing;

/// <summary>
/// Layouts the thirtieth batch showed: Hong Kong, Macau and Taiwan press items (a paper's 专讯 dateline, a news agency's in
/// parentheses, a site's consent banner and language offers above the headline, a contact box under the text), an
/// e-paper's navigation naming its page, a photo item's 摄影报道, a school page's 文: credit, a 范文 copy's masks and
/// glosses, notices stored without heading or seal (a release note under the date, an attachment list closing the text, a
/// title a legal site quotes whole in 《》). Texts written here after those layouts.
/// </summary>
public sealed class PressLayoutsTests
{
    [Fact]
    public void A_hong_kong_papers_own_news_mark_in_brackets_is_its_dateline_and_names_no_writer()
    {
        const string text = """
            議員出席春茗 讚揚青年交流
            【明報專訊】中聯辦昨日舉行新春酒會,宴請多名立法會議員,席間介紹了大灣區青年交流計劃的最新安排。
            多名議員表示,希望有更多香港青年到大灣區實習及就業,並建議加強宣傳。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.StartsWith("中聯辦昨日舉行", article.Body);
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void A_consent_banner_a_language_offer_and_an_apps_icon_above_the_headline_are_the_sites_and_the_agencys_dateline_is_taken_off()
    {
        const string text = """
            本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解本站隱私聲明當您關閉此視窗,代表您同意上述規範。
            Your browser does not appear to support Traditional Chinese. Would you like to go to our English website?
            こちらのページは繁体字版です。日本語版に移動しますか。
            中央社新聞APP Icon中央社新聞APP
            下載

            政治局會議聚焦基層黨建 審議兩部工作條例

            2019/11/30 14:36
            請同意我們的隱私權規範,才能啟用聽新聞的功能。

            (中央社台北30日電)中共中央政治局29日召開會議,審議與基層組織工作相關的兩部條例。

            會議要求嚴格黨員教育管理,加強黨務幹部特別是基層黨組織書記的教育培訓。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.WebArticle, doc.Kind);
        Assert.Equal("政治局會議聚焦基層黨建 審議兩部工作條例", doc.Title);
        Assert.Equal(new DateOnly(2019, 11, 30), doc.Date);
        Assert.StartsWith("中共中央政治局29日召開會議", article.Body);
    }

    [Fact]
    public void An_epapers_navigation_naming_the_page_shown_makes_a_papers_item_and_its_photographer_its_author()
    {
        const string text = """
            下一版»本期共8版, 当前第2版 PDF
            【图片新闻】

            9月3日上午,县委组织部组织新录用公务员走进党性教育基地,重温入党誓词,接受革命传统教育。

            张晓摄影报道
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.NewspaperPage, doc.Kind);
        Assert.Equal(2, article.Page);
        Assert.Equal(["张晓"], article.Authors);
        Assert.EndsWith("接受革命传统教育。", article.Body);
    }

    [Fact]
    public void A_words_credit_names_the_articles_writers_not_the_pages_author()
    {
        const string text = """
            当前位置: 首页>>学院新闻>>正文

            机械学院教工党支部开展主题党日活动

            3月5日下午,机械学院教工党支部组织全体党员赴革命纪念馆开展主题党日活动,重温入党誓词。

            全体党员表示,要把学习成果转化为干事创业的动力。

            文:王晓明  陈远林  图:李强  审核:赵刚

            关闭窗口
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Null(doc.Author);
        Assert.Contains("陈远林", article.Authors);
        Assert.DoesNotContain("李强", article.Authors);
    }

    [Theory]
    [InlineData("20**年,全县干部群众在县委领导下取得新成绩。", "20**年,全县干部群众在县委领导下取得新成绩。")]
    [InlineData("根据考核办法(委发〔20**〕24号)精神,**县委决定予以表彰。", "根据考核办法(委发〔20**〕24号)精神,**县委决定予以表彰。")]
    [InlineData("已建立联合党支部的**个,覆盖**名党员。", "已建立联合党支部的**个,覆盖**名党员。")]
    [InlineData("各村要**以先进为榜样**,再创佳绩。", "各村要以先进为榜样,再创佳绩。")]
    [InlineData("**2023年度党建工作要点**", "2023年度党建工作要点")]
    [InlineData("**市委组织部召开专题会议**", "市委组织部召开专题会议")]
    [InlineData("**名单公示**", "名单公示")]
    public void A_copy_sites_mask_stays_where_markdowns_emphasis_goes(string text, string expected) =>
        Assert.Equal(expected, Punctuation.StripEmphasis(text));

    [Fact]
    public void A_conjunction_before_a_county_level_word_behind_a_gloss_names_no_county()
    {
        const string text = "根據(jù)年度鄉(xiāng)鎮(zhèn)和縣直部門領(lǐng)導(dǎo)班子考核辦法,縣委組織了年度考評工作。";

        Assert.Null(Samples.Parser.Gazetteer.InferRegion(text));
    }

    [Fact]
    public void A_date_alone_with_a_portals_release_note_and_a_stray_bar_under_it_dates_the_notice()
    {
        const string text = """
            各党支部:
            2023年,各村认真落实镇党委部署,圆满完成各项工作任务。经研究,决定授予三个村“年度先进村”荣誉称号。
            希望受表彰的村珍惜荣誉,再创佳绩。
            2024年1月26日
            (此件公开发布)
            |
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal(new DateOnly(2024, 1, 26), doc.Date);
        Assert.EndsWith("再创佳绩。", article.Body);
    }

    [Fact]
    public void An_attachment_list_closing_a_notice_with_no_seal_under_it_is_no_part_of_the_text()
    {
        const string text = """
            根据《关于开展评选表彰工作的通知》要求,经逐级推荐和评审,提出拟表彰名单,现予以公示。
            公示期为5个工作日。公示期间,如有不同意见,可以电话、信函等形式向评审委员会办公室反映。
            监督电话:(010)12345678
            邮政编码:100000
            附件:1.拟表彰先进集体名单
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("邮政编码:100000", article.Body);
    }

    /// <summary>A notice's last requirement numbered like a listed form (3.请…采集表) is its text, not an attachment list.</summary>
    [Fact]
    public void A_numbered_last_requirement_ending_like_a_form_stays_in_the_text()
    {
        const string text = """
            关于开展党员信息采集工作的通知
            各党支部:
            为做好党员信息管理工作,现就有关事项通知如下。
            1.采集范围为全体正式党员和预备党员。
            2.各党支部要认真核对党员信息,确保准确无误。
            3.请各党支部于4月20日前报送党员信息采集表
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.EndsWith("报送党员信息采集表", article.Body);
    }

    /// <summary>A headline a middle dot joins (『躍動・共融・關愛・同行』) is no Japanese line, and a text's own words on privacy are no site's consent banner.</summary>
    [Fact]
    public void A_middle_dot_and_a_texts_words_on_privacy_are_no_sites_chrome()
    {
        const string text = """
            『躍動・共融・關愛・同行』活動周六舉行
            社區黨支部組織黨員走訪長者,了解他們的生活需要。
            我们严格保护群众个人隐私,经本人同意后方可公示走访记录。
            活動得到居民的支持。
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal("『躍動・共融・關愛・同行』活動周六舉行", doc.Title);
        Assert.Contains("经本人同意后方可公示走访记录", article.Body);
    }

    /// <summary>A copy site's quotes around a title that names another in the same quotes (《…印发《…》的通知》) are taken off too.</summary>
    [Fact]
    public void A_title_quoted_whole_with_the_same_quotes_inside_loses_the_outer_ones()
    {
        const string text = """
            《中共某某省委办公厅关于印发《关于加强基层党建工作的实施意见》的通知》
            某办发〔2018〕12号
            各市(州)党委,省委各部、委:
            《关于加强基层党建工作的实施意见》已经省委同意,现印发给你们,请结合实际认真贯彻落实。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal("中共某某省委办公厅关于印发《关于加强基层党建工作的实施意见》的通知", doc.Title);
    }

    [Fact]
    public void A_notices_title_a_legal_site_quotes_whole_is_its_title_without_the_quotes()
    {
        const string text = """
            《中共某某省委辦公廳印發〈關于加強基層黨建工作的實施意見〉的通知》
            某辦發〔2018〕12號
            各市(州)黨委,省委各部、委:
            《關于加強基層黨建工作的實施意見》已經省委同意,現印發給你們,請結合實際認真貫徹落實。
            """;
        var doc = Samples.Parser.Parse(text);

        Assert.Equal(DocumentKind.Notice, doc.Kind);
        Assert.Equal("中共某某省委辦公廳印發〈關于加強基層黨建工作的實施意見〉的通知", doc.Title);
        Assert.Equal("某辦發〔2018〕12號", doc.DocNumber);
    }

    [Fact]
    public void A_headline_printed_twice_on_its_line_is_the_title_once()
    {
        const string text = """
            從人事調整看機構改革的新動向 從人事調整看機構改革的新動向

            瀏覽有關網頁得知,該機構高層最近有人事異動,兩名部長獲內升為副主任。

            經此次調整後,該機構副主任人數增至八人。
            """;

        Assert.Equal("從人事調整看機構改革的新動向", Samples.Parser.Parse(text).Title);
    }

    [Fact]
    public void A_contact_boxs_rows_and_a_keyword_box_under_the_text_are_the_sites()
    {
        const string paper = """
            【本報綜合報道】新一輪巡視已陸續展開,巡視組已進駐七個單位並召開動員大會。
            巡視工作為期兩個月,有關人員可以信件和致電方式反映問題。
            爆料方法 : | 爆料熱線: | (852) 1234 5678 | 電 郵: | news@example.com.hk |
            傳 真: | (852) 1234 8800 | 手機網站: | m.example.cc | ||
            """;
        var mirror = """
            7月9日,某村94名黨員領(lǐng)到了村黨支部制作的紀(jì)念牌,老黨員們激動不已。(通訊員 王建華)
            相關(guān)熱詞搜索:
            """;

        Assert.EndsWith("反映問題。", Assert.Single(Samples.Parser.Parse(paper).Articles).Body);
        Assert.EndsWith("激動不已。", Assert.Single(Samples.Parser.Parse(mirror).Articles).Body);
    }

    [Fact]
    public void A_portals_address_and_iso_date_line_dates_the_page_and_an_english_company_line_closes_the_footer()
    {
        const string text = """
            海外华人网
            当前位置:首页 > 新闻 > 大陆

            中组部部署推选表彰工作

            www.example.com 2015-05-31  某某新闻

              5月28日起,各省区市党委组织部陆续公布推荐人选。

              截至5月30日,多数省份已发布公示通告。

            版权所有 不得转载 (C) 2025
            Example Computer Systems Limited.
            """;
        var doc = Samples.Parser.Parse(text);
        var article = Assert.Single(doc.Articles);

        Assert.Equal(new DateOnly(2015, 5, 31), doc.Date);
        Assert.Null(article.Subtitle);
        Assert.EndsWith("公示通告。", article.Body);
    }

    [Fact]
    public void The_place_a_reporter_files_from_is_no_department()
    {
        const string text = """
            區分黨部表揚績優小組長

            記者[吳建明 台中后里報導]

            中國國民黨后里區分黨部今日召開幹部會議,表揚黨費繳納表現優異的小組長。

            會議中也表彰了黨齡三十年以上的老黨員。
            """;
        var article = Assert.Single(Samples.Parser.Parse(text).Articles);

        Assert.Null(article.SourceDepartment);
        Assert.Equal(["吳建明"], article.Authors);
    }
}
