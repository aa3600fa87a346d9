using System.Text.Json;
using System.Threading.Channels;
using Portal.Plans;
using StackExchange.Redis;

namespace Portal.Live.Instances;

/// <summary>
/// <see cref="IChangeBus"/> over Redis pub/sub, enabled by configuration "Redis:Connection". Every instance
/// publishes on one channel and ignores its own messages. Pub/sub keeps each publisher's order but delivers at
/// most once: what is published while an instance is cut off from Redis does not reach it, so it raises
/// <see cref="Reconnected"/> for the store to be reloaded from the database (see ADR 004).
/// </summary>
public sealed class RedisChangeBus(string configuration, ILogger<RedisChangeBus> log) : IChangeBus, IAsyncDisposable
{
    public static readonly RedisChannel Topic = RedisChannel.Literal("workplanportal:figure-changes");

    // A 100,000-row import goes out in slices, well below Redis's output-buffer limit for pub/sub clients.
    private const int SliceSize = 1_000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Channel<ChangeBatch> _received = Channel.CreateUnbounded<ChangeBatch>(new UnboundedChannelOptions { SingleReader = true });
    private ConnectionMultiplexer? _redis;

    public ChannelReader<ChangeBatch> Received => _received.Reader;

    public event Action? Reconnected;

    public async Task ConnectAsync(CancellationToken ct)
    {
        // Fails at start-up when Redis cannot be reached: an instance that silently missed other instances' saves
        // would show stale figures on the wall.
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        _redis.ConnectionFailed += (_, e) => log.LogWarning("Redis connection lost ({Failure}): saves on other instances do not reach this one until it is back", e.FailureType);
        _redis.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType != ConnectionType.Subscription) return;
            log.LogWarning("Redis subscription restored; reloading figures from the database for what was missed");
            Reconnected?.Invoke();
        };
        var queue = await _redis.GetSubscriber().SubscribeAsync(Topic);
        queue.OnMessage(m => Receive(m.Message));
        log.LogInformation("Sharing committed changes with other instances through Redis channel {Channel} as {Instance}", Topic, _instance);
    }

    public async Task PublishAsync(ChangeBatch batch, CancellationToken ct)
    {
        var redis = _redis ?? throw new InvalidOperationException("The Redis change bus is not connected.");
        // Task progress is one item per save: it travels with the first slice of figures, or alone.
        // A plan definition likewise (it comes alone: publishing and editing a plan commit no figures).
        var slices = batch.Changes.Chunk(SliceSize)
            .Select((slice, i) => new Envelope(_instance, batch.Year, slice, i == 0 ? batch.Items : null, i == 0 ? batch.Plan : null)).ToList();
        if (slices.Count == 0) slices.Add(new Envelope(_instance, batch.Year, [], batch.Items, batch.Plan));
        foreach (var envelope in slices)
            await redis.GetSubscriber().PublishAsync(Topic, JsonSerializer.SerializeToUtf8Bytes(envelope, Json));
    }

    private void Receive(RedisValue message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>((byte[])message!, Json);
            if (envelope is null || envelope.From == _instance) return;
            _received.Writer.TryWrite(new ChangeBatch(envelope.Year, envelope.Changes, envelope.Items, envelope.Plan));
        }
        catch (JsonException e)
        {
            log.LogError(e, "Ignored a malformed message on Redis channel {Channel}", Topic);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _received.Writer.TryComplete();
        if (_redis is not null) await _redis.DisposeAsync();
    }

    private sealed record Envelope(string From, int Year, IReadOnlyList<FigureChange> Changes, IReadOnlyList<ItemChange>? Items, PlanRevision? Plan = null);
}
