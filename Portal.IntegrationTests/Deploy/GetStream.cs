using System.Collections.Concurrent;
using System.Net;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// One client of the gateway with its own cookie jar (so its own instance) sending GETs one after the other until
/// stopped, and every answer it got: status and instance, or the transport error. Each answer knows whether its
/// request was sent after <see cref="After"/> was raised (an instance killed), and whether it set a cookie.
/// </summary>
public sealed class GetStream(string gatewayUrl, CookieContainer jar, string startedOn, string path, string cookieName)
{
    public sealed record Answer(bool SentAfter, int? Status, string Instance, string? Error, bool SetsCookie = false)
    {
        public bool Failed => Status is null or < 200 or >= 400;
        public override string ToString() => Error ?? $"{Status} from {(Instance == "" ? "the gateway" : Instance)}";
    }

    private volatile bool _after;

    public string StartedOn => startedOn;
    public CookieContainer Jar => jar;
    public ConcurrentQueue<Answer> Answers { get; } = new();

    public void After() => _after = true;

    public int AnswersAfter => Answers.Count(a => a.SentAfter);

    public async Task RunAsync(CancellationToken stop)
    {
        using var client = PortalCluster.Client(gatewayUrl, jar);
        while (!stop.IsCancellationRequested)
        {
            var after = _after;
            try
            {
                using var response = await client.GetAsync(path, stop); // reads the whole body: a cut one throws
                var setsCookie = response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(cookieName + "=", StringComparison.Ordinal));
                Answers.Enqueue(new(after, (int)response.StatusCode, PortalCluster.InstanceOf(response), null, setsCookie));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Answers.Enqueue(new(after, null, "", $"{e.GetType().Name}: {e.Message}"));
            }
        }
    }
}
