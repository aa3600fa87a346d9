using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Live;
using Portal.Live.Instances;
using Portal.Plans;
using StackExchange.Redis;

namespace Portal.IntegrationTests.Live;

/// <summary>The Redis change bus against a real redis-server that a test stops, starts again or cuts a client off from.</summary>
public sealed class RedisChangeBusTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly RedisChangeBus _bus = new(redis.Connection, NullLogger<RedisChangeBus>.Instance);
    private readonly RedisChangeBus _other = new(redis.Connection, NullLogger<RedisChangeBus>.Instance);

    [Fact]
    public async Task APublish_WhileRedisIsDown_Fails_AndIsNotDeliveredWhenRedisIsBack()
    {
        await redis.StopAsync();
        // Not queued until Redis is back: the other instances reload from the database then, and a message delivered
        // after that reload could put an older figure over a newer one.
        var publish = _bus.PublishAsync(Batch(820), CancellationToken.None);
        await redis.StartAsync();
        await Assert.ThrowsAsync<RedisConnectionException>(() => publish);

        await using var listener = await ConnectionMultiplexer.ConnectAsync(redis.Connection);
        var received = Channel.CreateUnbounded<string>();
        (await listener.GetSubscriber().SubscribeAsync(RedisChangeBus.Topic)).OnMessage(m => received.Writer.TryWrite(m.Message!));
        await PublishOnceRedisTakesItAsync(Batch(900));

        var values = new List<double>();
        while (!values.Contains(900))
        {
            var message = JsonDocument.Parse(await received.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).RootElement;
            values.AddRange(message.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("value").GetDouble()));
        }
        Assert.DoesNotContain(820, values);
    }

    [Fact]
    public async Task APublish_ThatTimesOut_WhileTheOthersStayConnected_AsksThemToReloadFromTheDatabase()
    {
        await using var slow = new RedisChangeBus($"{redis.Connection},asyncTimeout=300", NullLogger<RedisChangeBus>.Instance);
        await slow.ConnectAsync(CancellationToken.None);
        var reload = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _other.MayHaveMissedChanges += () => reload.TrySetResult();
        await using var admin = await ConnectionMultiplexer.ConnectAsync($"{redis.Connection},allowAdmin=true");
        var server = admin.GetServer(redis.Connection);
        await server.ExecuteAsync("CLIENT", "PAUSE", "60000", "WRITE"); // PUBLISH waits until CLIENT UNPAUSE

        await Assert.ThrowsAsync<RedisTimeoutException>(() => slow.PublishAsync(Batch(820), CancellationToken.None));
        Assert.False(reload.Task.IsCompleted);
        await server.ExecuteAsync("CLIENT", "UNPAUSE");

        // The other bus never lost its subscription: only the request that comes before the next batch makes it reload.
        await slow.PublishAsync(Batch(900), CancellationToken.None);
        await reload.Task.WaitAsync(Timeout);
    }

    /// <summary>Publishes as soon as the bus's connection is back after a restart.</summary>
    private async Task PublishOnceRedisTakesItAsync(ChangeBatch batch)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            try
            {
                await _bus.PublishAsync(batch, CancellationToken.None);
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
        }
    }

    private static ChangeBatch Batch(double value) =>
        new(2013, [new FigureChange(2013, "ancient-books.repaired-pages", "ancient-books", 10, value, null, "古籍部", DateTimeOffset.UtcNow)]);

    public async Task InitializeAsync()
    {
        await _bus.ConnectAsync(CancellationToken.None);
        await _other.ConnectAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _other.DisposeAsync();
        await _bus.DisposeAsync();
    }
}
