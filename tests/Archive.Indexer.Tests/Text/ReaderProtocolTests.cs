using Archive.Indexer.Text.Isolation;

namespace Archive.Indexer.Tests.Text;

public class ReaderProtocolTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_failure_crosses_the_pipe_with_its_kind_and_reason(byte kind)
    {
        var outcome = (ReaderProtocol.Outcome)kind;
        using var pipe = new MemoryStream();
        ReaderProtocol.WriteAnswer(pipe, new ReaderProtocol.Answer(outcome, null, "the PDF holds no text"));
        pipe.Position = 0;

        var answer = ReaderProtocol.ReadAnswer(pipe);

        Assert.Equal(new ReaderProtocol.Answer(outcome, null, "the PDF holds no text"), answer);
    }
}
