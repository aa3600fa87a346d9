using System.Text.Json;
using System.Threading.Channels;
using StackExchange.Redis;

namespace Portal.Live.Instances;

/// <summary>
/// <see cref="IChangeBus"/> over Redis pub/sub, enabled by configuration "Redis:Connection". Every instance
/// publishes on one channel and ignores its own messages. Pub/sub keeps each publisher's order but delivers at
/// most once: what is published while an instance is cut off from Redis does not reach it, so it raises
/// <see cref="MayHaveMissedChanges"/> for the store to be reloaded from the database (see ADR 004). A publish that fails is
/// not retried later but answered with a request to the others to reload likewise (ADR 019).
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
    private bool _owesReload;

    public ChannelReader<ChangeBatch> Received => _received.Reader;

    public event Action? MayHaveMissedChanges;

    public async Task ConnectAsync(CancellationToken ct)
    {
        // Fails at start-up when Redis cannot be reached: an instance that silently missed other instances' saves
        // would show stale figures on the wall.
        var options = ConfigurationOptions.Parse(configuration);
        // A publish while Redis is unreachable fails at once rather than waiting in the client's backlog: delivered
        // late, after the others have reloaded from the database, it could overwrite a newer figure (ADR 019).
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _redis = await ConnectionMultiplexer.ConnectAsync(options);
        _redis.ConnectionFailed += (_, e) => log.LogWarning("Redis connection lost ({Failure}): saves on other instances do not reach this one until it is back", e.FailureType);
        _redis.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _ = SettleDebtAsync();
                return;
            }
            log.LogWarning("Redis subscription restored; reloading figures from the database for what was missed");
            MayHaveMissedChanges?.Invoke();
        };
        var queue = await SubscribeAsync(_redis, ct);
        queue.OnMessage(m => Receive(m.Message));
        log.LogInformation("Sharing committed changes with other instances through Redis channel {Channel} as {Instance}", Topic, _instance);
    }

    /// <summary>
    /// The client opens its subscription connection on the first SUBSCRIBE, and with no backlog that SUBSCRIBE fails
    /// while the connection is still opening: it is tried again for up to five seconds.
    /// </summary>
    private static async Task<ChannelMessageQueue> SubscribeAsync(ConnectionMultiplexer redis, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await redis.GetSubscriber().SubscribeAsync(Topic);
            }
            catch (RedisConnectionException) when (attempt < 100)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
            }
        }
    }

    /// <summary>
    /// Publishes in order, or fails (Redis unreachable: nothing is queued for later). After a failure the others may
    /// have missed committed changes while their own subscription stayed up, so this instance owes them a request to
    /// reload from the database: sent as soon as its connection is back, or before its next batch.
    /// </summary>
    public async Task PublishAsync(ChangeBatch batch, CancellationToken ct)
    {
        var redis = _redis ?? throw new InvalidOperationException("The Redis change bus is not connected.");
        try
        {
            await SettleDebtAsync();
            await PublishSlicesAsync(redis, batch);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            Volatile.Write(ref _owesReload, true);
            throw;
        }
    }

    private async Task SettleDebtAsync()
    {
        if (_redis is not { } redis || !Volatile.Read(ref _owesReload)) return;
        try
        {
            await SendAsync(redis, new Envelope(_instance, 0, [], null, null, Reload: true));
            Volatile.Write(ref _owesReload, false);
            log.LogInformation("Asked the other instances to reload from the database for changes that could not be published");
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException or ObjectDisposedException)
        {
            log.LogWarning("Could not yet ask the other instances to reload from the database: {Error}", e.Message);
        }
    }

    private async Task PublishSlicesAsync(ConnectionMultiplexer redis, ChangeBatch batch)
    {
        // Task progress is one item per save: it travels with the first slice of figures, or alone.
        // A plan definition likewise (it comes alone: publishing and editing a plan commit no figures).
        var slices = batch.Changes.Chunk(SliceSize)
            .Select((slice, i) => new Envelope(_instance, batch.Year, slice, i == 0 ? batch.Items : null, i == 0 ? batch.Plan : null,
                Reporting: i == 0 ? batch.Reporting : null) { Library = batch.Library }).ToList();
        if (slices.Count == 0) slices.Add(new Envelope(_instance, batch.Year, [], batch.Items, batch.Plan, Reporting: batch.Reporting) { Library = batch.Library });
        foreach (var envelope in slices) await SendAsync(redis, envelope);
    }

    private static Task SendAsync(ConnectionMultiplexer redis, Envelope envelope) =>
        redis.GetSubscriber().PublishAsync(Topic, JsonSerializer.SerializeToUtf8Bytes(envelope, Json));

    private void Receive(RedisValue message)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>((byte[])message!, Json);
            if (envelope is null || envelope.From == _instance) return;
            if (envelope.Reload)
            {
                log.LogWarning("Instance {Instance} could not publish some changes; reloading figures from the database", envelope.From);
                MayHaveMissedChanges?.Invoke();
                return;
            }
            _received.Writer.TryWrite(new ChangeBatch(envelope.Year, envelope.Changes, envelope.Items, envelope.Plan, envelope.Reporting) { Library = envelope.Library });
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

    /// <param name="Reload">Not changes but a request to reload from the database (<see cref="PublishAsync"/>).</param>
    private sealed record Envelope(string From, int Year, IReadOnlyList<FigureChange> Changes, IReadOnlyList<ItemChange>? Items,
        PlanRevision? Plan = null, bool Reload = false, ReportingChange? Reporting = null)
    {
        public int Library { get; init; } = Data.Entities.Library.DefaultId;
    }
}
