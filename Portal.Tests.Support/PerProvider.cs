using Portal.Data;

namespace Portal.Tests.Support;

/// <summary>
/// One <typeparamref name="T"/> per database provider, created when a test first asks for it: what a class fixture
/// shares between the tests of a class that run on both providers (<c>[Theory, OnSqlite, OnPostgres]</c>).
/// </summary>
public sealed class PerProvider<T>(Func<DatabaseProvider, T> create, Func<T, ValueTask> dispose) : IAsyncDisposable
{
    private readonly Dictionary<DatabaseProvider, T> _made = [];
    private readonly Lock _gate = new();

    public T this[DatabaseProvider provider]
    {
        get
        {
            lock (_gate)
            {
                if (!_made.TryGetValue(provider, out var made)) _made[provider] = made = create(provider);
                return made;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var made in _made.Values) await dispose(made);
    }
}
