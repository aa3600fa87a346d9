using Microsoft.EntityFrameworkCore.Migrations;

namespace Portal.Data.Migrations;

/// <summary>
/// The library a database from before ADR 039 becomes: the migration creates it first, and every existing row of
/// every library table moves into it (the new LibraryId columns start at its id).
/// </summary>
public static class DefaultLibrary
{
    public const string Code = "zjlib";
    public const string Name = "浙江图书馆";

    public static void Insert(MigrationBuilder migration)
    {
        migration.InsertData("Libraries", ["Id", "Code", "Name", "Level", "ParentId", "CreatedAt"],
            [Entities.Library.DefaultId, Code, Name, nameof(Entities.LibraryLevel.Province), null, DateTimeOffset.UtcNow.UtcTicks]);
        if (migration.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
            migration.Sql("""SELECT setval(pg_get_serial_sequence('"Libraries"', 'Id'), (SELECT max("Id") FROM "Libraries"))""");
    }
}
