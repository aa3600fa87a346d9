using Npgsql;
using Portal.Data;

namespace Portal.Tests.Hosting;

public sealed class PostgresConnectionsTests
{
    [Fact]
    public void Tuned_PreparesStatementsAutomatically_AndKeepsTheRestOfTheConnectionString()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnections.Tuned("Host=db.example;Database=portal;Username=portal;Password=p;Timeout=7"));

        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(("db.example", "portal", "portal", "p", 7), (tuned.Host, tuned.Database, tuned.Username, tuned.Password, tuned.Timeout));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;max auto prepare=5", 5)]
    public void Tuned_KeepsWhatTheOperatorChose(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(PostgresConnections.Tuned(connectionString)).MaxAutoPrepare);
}
