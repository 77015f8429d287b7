using Archive.Indexer.Chinese;
using Archive.Indexer.Cli;

namespace Archive.Indexer.Tests.Chinese;

[Collection(SegmentationCollection.Name)]
public sealed class SegmentCommandTests(SegmentationFixture fixture)
{
    [Fact]
    public void Each_input_line_becomes_one_line_of_words_separated_by_single_spaces()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Segmenter, new StringReader("宜秀区第一时间召开疫情防控部署会\n\n  全区  组织1450余名干部\r\n5G"), output, SegmentMode.Precise);
        Assert.Equal("宜秀区 第一时间 召开 疫情防控 部署会\n\n全区 组织 1450余 名 干部\n5g\n", output.ToString());
    }

    [Fact]
    public void A_lone_carriage_return_inside_a_line_is_white_space_not_a_line_break()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Segmenter, new StringReader("疫情\r防控\n党建\r\n\r\n组织"), output, SegmentMode.Precise);
        Assert.Equal("疫情 防控\n党建\n\n组织\n", output.ToString());
    }

    [Fact]
    public void Search_mode_adds_the_sub_words()
    {
        var output = new StringWriter();
        SegmentCommand.Write(fixture.Segmenter, new StringReader("筑牢疫情防控红色堡垒"), output, SegmentMode.Search);
        Assert.Equal("筑牢 疫情防控 疫情 防控 红色堡垒 红色 堡垒\n", output.ToString());
    }
}
