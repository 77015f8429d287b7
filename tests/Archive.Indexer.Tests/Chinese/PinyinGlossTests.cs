using Archive.Indexer.Chinese;
using Archive.Indexer.Tests.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Chinese;

/// <summary>The pinyin copying sites put after characters, as the index and the parsers leave it out (one recognizer for both).</summary>
public sealed class PinyinGlossTests
{
    [Theory]
    [InlineData("黨(dǎng)員", "黨員")]
    [InlineData("會（huì）議", "會議")]
    // Without a tone mark, as some sites write them, repeated, and followed by a space (177job.com, a county's notice).
    [InlineData("發揮幹部個(ge) 人的工作能力", "發揮幹部個人的工作能力")]
    [InlineData("黨(dang) 政領導幹部交流", "黨政領導幹部交流")]
    [InlineData("黨(dang)\u00A0政機關", "黨政機關")] // a page's no-break space, which the parsers fold to a space
    [InlineData("黨(dang)\u3000政機關", "黨政機關")]
    [InlineData("人民政(zheng)(zhèng)(zheng)府(fu)信息(xi)(xi)公開", "人民政府信息公開")]
    [InlineData("鄉(xiāng)鎮(zhèn)領(lǐng)導(dǎo)班子", "鄉鎮領導班子")]
    public void A_gloss_goes(string text, string without) => Assert.Equal(without, PinyinGlossCharFilter.Remove(text));

    [Theory]
    [InlineData("条例(试行)")]
    [InlineData("加入世贸组织(WTO)")]
    [InlineData("如图(a)所示")] // one letter without a tone: a list's or a figure's part
    [InlineData("下载客户端(app)")] // no syllable of Mandarin
    [InlineData("一杯咖啡(café)")]
    [InlineData("见图1(b)")] // after a digit
    [InlineData("(zheng)开头")]
    public void Parentheses_that_are_no_gloss_stay(string text) => Assert.Same(text, PinyinGlossCharFilter.Remove(text));

    [Fact]
    public void The_parsers_read_a_line_without_the_glosses_the_index_leaves_out()
    {
        var line = Lines.Of("黨(dang) 政領導幹部交流的科學方法");
        Assert.Equal("党政领导干部交流的科学方法", line.Folded);
        Assert.Equal("黨(dang) 政領導", line.Cut(0, 4));
    }
}
