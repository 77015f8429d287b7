namespace Archive.Api.Tests;

/// <summary>
/// Waits for something the archive promises "within a second" by asking again, with a generous bound so a loaded
/// machine does not fail the test: the assertion is that it happens, not how fast.
/// </summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"never happened: {what}");
            await Task.Delay(50);
        }
    }
}
