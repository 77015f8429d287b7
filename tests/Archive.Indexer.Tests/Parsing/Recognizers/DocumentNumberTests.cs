using Archive.Indexer.Parsing.Recognizers;

namespace Archive.Indexer.Tests.Parsing.Recognizers;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("庆组明电〔2020〕2号", "庆组明电〔2020〕2号")]
    [InlineData("皖组字[2020]12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字［2020］12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字(2020)12号", "皖组字〔2020〕12号")]
    [InlineData("皖组字【2020】12号", "皖组字〔2020〕12号")]
    [InlineData("        长委〔2011〕11 号", "长委〔2011〕11号")]
    [InlineData(" 等级 特急·明电  庆组明电〔2020〕2号     庆机发  号", "庆组明电〔2020〕2号")]
    [InlineData("(深组通[2004]15号)", "深组通〔2004〕15号")]
    [InlineData("  宣委办〔2021〕7", "宣委办〔2021〕7")]
    [InlineData("(县疫情防控指挥部第1号)", "县疫情防控指挥部第1号")]
    [InlineData("（第 3 号）", "第3号")]
    public void Reads_a_document_number_line(string line, string number) =>
        Assert.Equal(number, DocumentNumber.ReadLine(Lines.Folded(line))?.Normalized);

    [Theory]
    [InlineData("滬府發(fā)〔2017〕92號", "滬府發(fā)〔2017〕92號")]
    [InlineData("國辦公開辦函〔2019〕61號", "國辦公開辦函〔2019〕61號")]
    [InlineData("東府[2021] 54號", "東府〔2021〕54號")]
    [InlineData("        长委〔2011〕11 号", "长委〔2011〕11号")]
    [InlineData("  宣委辦〔2021〕7", "宣委辦〔2021〕7")]
    [InlineData("（第 3 號）", "第3號")]
    public void Writes_a_number_in_the_script_it_is_printed_in(string text, string number)
    {
        var line = Lines.Of(text);
        Assert.Equal(number, DocumentNumber.ReadLine(line.Folded)?.Printed(line));
    }

    [Theory]
    [InlineData("根据《关于全面推进政务公开工作的意见》（中办发〔2016〕8号）要求，结合我市实际，现就有关事项通知如下。")]
    [InlineData("今年是中国共产党成立〔X〕周年")]
    [InlineData("（2021）7")]
    [InlineData("第3号")]
    [InlineData("（本市第3号病例）")]
    public void A_number_cited_in_a_sentence_is_no_document_number_line(string line) => Assert.Null(DocumentNumber.ReadLine(Lines.Folded(line)));
}
