using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// A TCP forwarder on loopback that holds every chunk it reads for a fixed time before passing it on, in each
/// direction and in order: a browser talking to the portal through it sees a round trip of twice the delay, as on
/// Wi-Fi across a campus, while nothing is throttled (chunks read meanwhile are already on their way).
/// </summary>
public sealed class DelayingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _targetPort;
    private readonly TimeSpan _delay;
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;

    /// <param name="targetPort">The loopback port to forward to.</param>
    /// <param name="delay">How long each chunk is held, one way.</param>
    public DelayingProxy(int targetPort, TimeSpan delay)
    {
        _targetPort = targetPort;
        _delay = delay;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_stop.Token);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    private async Task AcceptAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(ct);
                lock (_connections) _connections.Add(ForwardAsync(client, ct));
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken ct)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                client.NoDelay = server.NoDelay = true;
                await server.ConnectAsync(IPAddress.Loopback, _targetPort, ct);
                using var pair = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var up = PumpAsync(client.GetStream(), server.GetStream(), pair.Token);
                var down = PumpAsync(server.GetStream(), client.GetStream(), pair.Token);
                await Task.WhenAny(up, down);
                await pair.CancelAsync(); // one side closed: close the other
                await Task.WhenAll(up, down);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // A side went away; the browser and the portal handle a dropped connection themselves.
            }
        }
    }

    /// <summary>Reads chunks as they come and writes each one <see cref="_delay"/> after it was read, in the order read.</summary>
    private async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken ct)
    {
        var queue = Channel.CreateUnbounded<(byte[] Chunk, long ReadAt)>(new() { SingleReader = true, SingleWriter = true });
        var writing = WriteLaterAsync(queue.Reader, to, ct);
        try
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await from.ReadAsync(buffer, ct)) > 0) queue.Writer.TryWrite((buffer[..read], Stopwatch.GetTimestamp()));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Closed.
        }
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteLaterAsync(ChannelReader<(byte[] Chunk, long ReadAt)> queue, NetworkStream to, CancellationToken ct)
    {
        try
        {
            await foreach (var (chunk, readAt) in queue.ReadAllAsync(ct))
            {
                var wait = _delay - Stopwatch.GetElapsedTime(readAt);
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                await to.WriteAsync(chunk, ct);
            }
            to.Socket.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Closed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] open;
        lock (_connections) open = [.. _connections];
        await Task.WhenAll(open);
        _stop.Dispose();
    }
}
