using System.Runtime.ExceptionServices;

namespace Archive.Indexer;

/// <summary>
/// Catches the index up with the store on a thread of its own while a batch is being stored, so that storing never
/// waits for indexing (and the threads that read and parse files never wait for either): after <see cref="Stored"/>,
/// the catch-up runs within <c>interval</c> of its last start. A failure stops the follower; the batch hears of it at
/// its next <see cref="Stored"/>, on its own thread; a failure after the last one shows at the caller's next catch-up,
/// which replays what the failed one left out.
/// </summary>
internal sealed class IndexFollower : IDisposable
{
    private readonly Action _catchUp;
    private readonly TimeSpan _interval;
    private readonly Thread _thread;
    private readonly AutoResetEvent _stored = new(false);
    private readonly ManualResetEvent _stopping = new(false);
    private ExceptionDispatchInfo? _failure;
    private bool _disposed;

    public IndexFollower(Action catchUp, TimeSpan interval)
    {
        _catchUp = catchUp;
        _interval = interval;
        _thread = new Thread(Follow) { IsBackground = true, Name = "index follower" };
        _thread.Start();
    }

    /// <summary>A file was stored: the index follows soon. Throws what stopped the follower, if anything did.</summary>
    public void Stored()
    {
        Volatile.Read(ref _failure)?.Throw();
        _stored.Set();
    }

    private void Follow()
    {
        WaitHandle[] wake = [_stopping, _stored];
        while (WaitHandle.WaitAny(wake) == 1)
        {
            var started = Environment.TickCount64;
            try
            {
                _catchUp();
            }
            catch (Exception e)
            {
                Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(e));
                return;
            }
            // Many files are stored within an interval: one catch-up takes them all.
            var rest = _interval - TimeSpan.FromMilliseconds(Environment.TickCount64 - started);
            if (rest > TimeSpan.Zero && _stopping.WaitOne(rest)) return;
        }
    }

    /// <summary>Stops following; a catch-up under way finishes first.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _stopping.Set();
        _thread.Join();
        _stored.Dispose();
        _stopping.Dispose();
    }
}
