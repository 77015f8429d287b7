using Archive.Indexer.Search.Syntax;

namespace Archive.Indexer.Tests.Search;

public sealed class QuerySyntaxParserTests
{
    [Theory]
    [InlineData("考察识别 干部", "考察识别 干部")]
    [InlineData("连心卡 OR 背包上门", "连心卡 OR 背包上门")]
    [InlineData("连心卡 | 背包上门", "连心卡 OR 背包上门")]
    [InlineData("疫情防控 -核酸", "疫情防控 -核酸")]
    [InlineData("“临时党支部”", "\"临时党支部\"")]
    [InlineData("title:连心卡 dept:大观区", "标题:连心卡 单位:大观区")]
    [InlineData("栏目：市外参考", "栏目:市外参考")]
    [InlineData("标题:\"红色 堡垒\"", "标题:\"红色 堡垒\" OR 标题:\"红色堡垒\"")]
    [InlineData("标题:“红色 堡垒”", "标题:\"红色 堡垒\" OR 标题:\"红色堡垒\"")]
    [InlineData("标题:「红色 堡垒」", "标题:\"红色 堡垒\" OR 标题:\"红色堡垒\"")]
    [InlineData("(连心卡 OR 背包上门) 2023", "(连心卡 OR 背包上门) 2023")]
    [InlineData("期号:第8期", "期号:8")]
    [InlineData("类型:通知", "类型:notice")]
    [InlineData("宜秀区战“疫”一线党旗红", "宜秀区战“疫”一线党旗红")]
    [InlineData("\"党建 引领\" 社区", "(\"党建 引领\" OR \"党建引领\") 社区")]
    [InlineData("\"party 党建\"", "\"party 党建\"")]
    [InlineData("\"王䶮 同志\"", "\"王䶮 同志\" OR \"王䶮同志\"")] // extension A, as names hold it
    [InlineData("\"表彰 𠮷祥村\"", "\"表彰 𠮷祥村\" OR \"表彰𠮷祥村\"")] // beyond the BMP (GB18030's four-byte characters)
    public void Reads_the_syntax_as_documented(string query, string understood)
    {
        var parsed = QuerySyntaxParser.Parse(query);

        Assert.Equal(understood, parsed.Describe());
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [InlineData("日期:2022-01-01..2022-06-30", "2022-01-01", "2022-06-30")]
    [InlineData("date:2022..2023", "2022-01-01", "2023-12-31")]
    [InlineData("年份:2022", "2022-01-01", "2022-12-31")]
    [InlineData("日期:2022-02", "2022-02-01", "2022-02-28")]
    [InlineData("日期:2022年3月10日", "2022-03-10", "2022-03-10")]
    [InlineData("日期:2022.3.10至2022.4.1", "2022-03-10", "2022-04-01")]
    [InlineData("日期:..2021", null, "2021-12-31")]
    [InlineData("日期:2023..", "2023-01-01", null)]
    [InlineData("日期:2022-01-01~2022-06-30", "2022-01-01", "2022-06-30")]
    [InlineData("日期:2020*", "2020-01-01", "2020-12-31")]
    [InlineData("年份:2020^2", "2020-01-01", "2020-12-31")]
    [InlineData("年份:２０２３", "2023-01-01", "2023-12-31")]
    [InlineData("日期:２０２２..２０２３-０３", "2022-01-01", "2023-03-31")]
    public void Reads_dates_and_ranges(string query, string? from, string? to)
    {
        var range = Assert.IsType<DateRangeNode>(QuerySyntaxParser.Parse(query).Root);

        Assert.Equal(from is null ? null : DateOnly.Parse(from), range.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to), range.To);
    }

    [Theory]
    [InlineData("标题:\"连心卡", "标题:连心卡")]
    [InlineData("标题:“连心卡 疫情", "标题:连心卡 疫情")]
    public void An_unpaired_quote_after_a_field_keeps_the_field(string query, string understood)
    {
        var parsed = QuerySyntaxParser.Parse(query);

        Assert.Equal(understood, parsed.Describe());
        Assert.Contains(parsed.Warnings, w => w.Contains("引号", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"临时党支部", "引号")]
    [InlineData("(连心卡 OR 背包上门", "左括号")]
    [InlineData("连心卡)", "右括号")]
    [InlineData("考察*", "通配符")]
    [InlineData("考?识别", "通配符")]
    [InlineData("/考察.*/", "正则")]
    [InlineData("foo:bar", "foo")]
    [InlineData("日期:昨天", "日期")]
    [InlineData("年份:٢٠٢٣", "年份")]
    [InlineData("日期:2020*", "通配符")]
    [InlineData("期号:８x", "期号")]
    [InlineData("期号:八", "期号")]
    [InlineData("类型:小说", "类型")]
    [InlineData("连心卡 OR", "OR")]
    [InlineData("栏目:", "栏目")]
    public void Explains_what_it_cannot_read_and_keeps_the_rest(string query, string mentioned)
    {
        var parsed = QuerySyntaxParser.Parse(query);

        Assert.Contains(parsed.Warnings, w => w.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public void An_issue_typed_in_full_width_digits_is_the_issue() =>
        Assert.Equal("8", Assert.IsType<TextNode>(QuerySyntaxParser.Parse("期号:８").Root).Text);

    [Theory]
    [InlineData("党\u200B建")]
    [InlineData("党\u0001建")]
    [InlineData("\uFEFF党\u00AD建\u2060")]
    [InlineData("党\u200E建\u202E")]
    [InlineData("\u2066党\u3164建\u2069")]
    [InlineData("党\uFE0F建")] // a variation selector, as emoji keyboards add them
    [InlineData("党\U000E0100建\U000E0041")] // an ideographic variation selector, a tag
    [InlineData("党\uFFFE建\uFDD0")] // noncharacters
    public void Invisible_and_control_characters_pasted_into_a_query_are_not_there(string query) =>
        Assert.Equal(QuerySyntaxParser.Parse("党建").Describe(), QuerySyntaxParser.Parse(query).Describe());

    [Theory]
    [InlineData("党 建 引 领 基 层 治 理", "党建引领基层治理")]
    [InlineData("黨　建 引 領", "黨建引領")]
    [InlineData("村 干 部 培训", "村干部 培训")]
    [InlineData("乡 村 振兴", "乡 村 振兴")]
    [InlineData("党 建引领 治 理", "党 建引领 治 理")]
    public void Ideographs_typed_one_by_one_with_spaces_are_one_run(string spaced, string run) =>
        Assert.Equal(QuerySyntaxParser.Parse(run).Describe(), QuerySyntaxParser.Parse(spaced).Describe());

    [Theory]
    [InlineData("地區:安庆 標題:党建", "地区:安庆 标题:党建")]
    [InlineData("類型:組工信息 單位:组织部", "类型:组工信息 单位:组织部")]
    public void Field_names_and_kinds_in_traditional_script_are_the_same_fields(string traditional, string simplified) =>
        Assert.Equal(QuerySyntaxParser.Parse(simplified).Describe(), QuerySyntaxParser.Parse(traditional).Describe());

    [Fact]
    public void Corner_brackets_quote_a_phrase() =>
        Assert.Equal(QuerySyntaxParser.Parse("\"基层党建\" 培训").Describe(), QuerySyntaxParser.Parse("「基层党建」 培训").Describe());

    [Fact]
    public void A_dangling_minus_is_ignored() => Assert.Equal("连心卡", QuerySyntaxParser.Parse("连心卡 -").Describe());

    [Theory]
    [InlineData("党员^2", "党员")]
    [InlineData("干部^0.5 培训", "干部 培训")]
    [InlineData("组织~1", "组织")]
    [InlineData("\"党员 教育\"~5", "\"党员 教育\" OR \"党员教育\"")]
    public void A_boost_or_a_fuzziness_is_dropped_with_its_number_never_searched(string query, string understood)
    {
        var parsed = QuerySyntaxParser.Parse(query);

        Assert.Equal(understood, parsed.Describe());
        Assert.Contains(parsed.Warnings, w => w.Contains("权重", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_numbers_joined_by_a_tilde_are_both_searched_with_a_note_on_date_ranges()
    {
        var parsed = QuerySyntaxParser.Parse("2020~2023");

        Assert.Equal("2020 2023", parsed.Describe());
        Assert.Contains(parsed.Warnings, w => w.Contains("日期:2020..2023", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wildcard_is_dropped_never_expanded()
    {
        var parsed = QuerySyntaxParser.Parse("考察*");

        Assert.Equal(new TextNode("考察", false), parsed.Root);
    }

    [Fact]
    public void A_long_query_is_cut_with_a_warning()
    {
        var parsed = QuerySyntaxParser.Parse(string.Concat(Enumerable.Repeat("疫情防控 ", 3000)));

        Assert.True(parsed.Describe().Length <= QuerySyntaxParser.MaxQueryLength);
        Assert.Contains(parsed.Warnings, w => w.Contains("500", StringComparison.Ordinal));
        Assert.Contains(parsed.Warnings, w => w.Contains("32", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_to_read_browses(string? query) => Assert.Null(QuerySyntaxParser.Parse(query).Root);

    [Fact]
    public void Random_garbage_never_throws()
    {
        var random = new Random(7);
        const string alphabet = "考察识别干部 \"“”()（）|-+*?/:：栏目日期..~OR标题\\^\u0000😀\ud800x1";
        for (var i = 0; i < 3000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var parsed = QuerySyntaxParser.Parse(new string(chars));
            Assert.NotNull(parsed.Describe());
        }
    }
}
