using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data.Entities;

namespace Portal.Data.Configurations;

internal sealed class PlanAuditConfiguration : IEntityTypeConfiguration<PlanAudit>
{
    public const int ReasonLength = 500;

    public void Configure(EntityTypeBuilder<PlanAudit> b)
    {
        b.ToTable("PlanAudit");
        b.HasIndex(a => new { a.LibraryId, a.Year, a.Id });
        b.Property(a => a.Action).HasMaxLength(30);
        b.Property(a => a.Subject).HasMaxLength(100);
        b.Property(a => a.OldValue).HasMaxLength(2000);
        b.Property(a => a.NewValue).HasMaxLength(2000);
        b.Property(a => a.Reason).HasMaxLength(ReasonLength);
        b.Property(a => a.By).HasMaxLength(100);
        b.Property(a => a.At).HasConversion(UtcTicks.Converter);
    }
}
