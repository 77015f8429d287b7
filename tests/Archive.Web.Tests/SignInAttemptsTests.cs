using Archive.Web.Editing;
using Microsoft.Extensions.Options;

namespace Archive.Web.Tests;

public sealed class SignInAttemptsTests
{
    [Fact]
    public void An_address_past_its_attempts_is_told_the_time_left_and_others_are_not_held_up()
    {
        var clock = new ManualClock();
        var attempts = new SignInAttempts(Options.Create(new EditingOptions { SignInsPerMinute = 2 }), clock);

        Assert.True(attempts.Try("10.0.0.1").Allowed);
        clock.Now += TimeSpan.FromSeconds(20);
        Assert.True(attempts.Try("10.0.0.1").Allowed);
        clock.Now += TimeSpan.FromSeconds(25);

        Assert.Equal((false, 15), attempts.Try("10.0.0.1"));
        Assert.True(attempts.Try("10.0.0.2").Allowed);
        clock.Now += TimeSpan.FromSeconds(15);
        Assert.True(attempts.Try("10.0.0.1").Allowed);
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
