using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("AuditEvents");
        b.HasIndex(e => new { e.LibraryId, e.Year, e.Division, e.Month });
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.By).HasMaxLength(100);
        b.Property(e => e.Division).HasMaxLength(100);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.Property(e => e.Detail).HasMaxLength(FigureLimits.NoteLength);
        b.Property(e => e.At).HasConversion(UtcTicks.Converter);
    }
}
