using System.Net;
using Xunit.Abstractions;
using Portal.IntegrationTests.Browser;

namespace Portal.IntegrationTests.Deploy;

/// <summary>
/// Issue 23 item 7 with real processes: instance A killed with SIGKILL under a steady stream of GETs through the
/// gateway costs no request (ADR 038). Before the retry step, 2 of 6 GETs of /login in the 1.5 s after the kill
/// answered 502.
/// </summary>
[Collection(BrowserCollection.Name)] // one at a time with the other tests that start real servers
public sealed class GatewayRetryTests(ITestOutputHelper output)
{
    private const int AnswersAfterKill = 25;

    [ClusterFact]
    public async Task InstanceKilledUnderAStreamOfGets_NoGetFails_AndItsBrowsersMoveToTheOtherWithANewCookie()
    {
        await using var cluster = await PortalCluster.StartAsync();
        var gateway = new Uri(cluster.Gateway.Url);
        var streams = new List<GetStream>();
        foreach (var instance in new[] { "A", "A", "B", "B" })
            streams.Add(new GetStream(cluster.Gateway.Url, await cluster.CookiesForAsync(instance), instance, "/login", AffinityCookieName));
        var cookiesBefore = streams.Select(s => AffinityCookie(s.Jar, gateway)).ToList();

        var beforeKill = new List<List<GetStream.Answer>>();
        using var stop = new CancellationTokenSource();
        var running = streams.Select(s => Task.Run(() => s.RunAsync(stop.Token))).ToList();
        try
        {
            await UntilAsync(() => streams.All(s => s.Answers.Count >= 5), "every stream answered 5 times");
            beforeKill.AddRange(streams.Select(s => s.Answers.ToList()));
            cluster.A.Kill();
            foreach (var stream in streams) stream.After();
            await UntilAsync(() => streams.All(s => s.AnswersAfter >= AnswersAfterKill), $"every stream answered {AnswersAfterKill} times after the kill");
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(running);
        }

        var answers = streams.SelectMany(s => s.Answers).ToList();
        var failed = answers.Where(a => a.Failed).ToList();
        output.WriteLine($"{answers.Count} GETs, {answers.Count(a => a.SentAfter)} sent after the kill, {failed.Count} failed");
        Assert.True(failed.Count == 0,
            $"{failed.Count} of {answers.Count} GETs failed ({failed.Count(a => a.SentAfter)} sent after the kill): " +
            string.Join("; ", failed.GroupBy(a => a.ToString()).Select(g => $"{g.Count()} × {g.Key}")));
        foreach (var (stream, before, answered) in streams.Zip(cookiesBefore, beforeKill))
        {
            Assert.All(answered, a => Assert.Equal(stream.StartedOn, a.Instance));
            Assert.All(stream.Answers.Where(a => a.SentAfter), a => Assert.Equal("B", a.Instance));
            if (stream.StartedOn == "B")
            {
                Assert.Equal(before, AffinityCookie(stream.Jar, gateway));
                continue;
            }
            // The first answer from B (a retry, or sent after the gateway took A out) moves the browser with a new cookie.
            Assert.True(stream.Answers.First(a => a.Instance == "B").SetsCookie, "B's first answer to a browser of A set no affinity cookie");
            Assert.NotEqual(before, AffinityCookie(stream.Jar, gateway));
        }
    }

    private static readonly string AffinityCookieName = new Portal.Gateway.GatewayOptions().AffinityCookie;

    private static string? AffinityCookie(CookieContainer jar, Uri gateway) => jar.GetCookies(gateway)[AffinityCookieName]?.Value;

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (limit.IsCancellationRequested) Assert.Fail($"Not within 60 s: {what}.");
            await Task.Delay(20, CancellationToken.None); // polling a condition, bounded by the limit
        }
    }
}
