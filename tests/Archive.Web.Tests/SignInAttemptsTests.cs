using Archive.Web.Editing;
using Microsoft.Extensions.Options;

namespace Archive.Web.Tests;

public sealed class SignInAttemptsTests
{
    [Fact]
    public void An_address_past_its_attempts_waits_and_others_do_not()
    {
        using var attempts = new SignInAttempts(Options.Create(new EditingOptions { SignInsPerMinute = 2 }));

        Assert.True(attempts.Try("10.0.0.1").Allowed);
        Assert.True(attempts.Try("10.0.0.1").Allowed);
        var third = attempts.Try("10.0.0.1");

        Assert.False(third.Allowed);
        Assert.InRange(third.RetryAfterSeconds, 1, 60);
        Assert.True(attempts.Try("10.0.0.2").Allowed);
    }
}
