using Archive.Api.Uploads;

namespace Archive.Api.Tests;

public sealed class UploadFileNameTests
{
    [Fact]
    public void A_long_name_is_cut_before_a_character_beyond_the_bmp_not_through_it()
    {
        var name = new string('a', UploadFileName.MaxLength - 5) + "𠮷b.txt";

        var sanitized = UploadFileName.Sanitize(name);

        Assert.Equal(new string('a', UploadFileName.MaxLength - 5) + ".txt", sanitized);
        Assert.DoesNotContain(sanitized, char.IsSurrogate);
    }
}
