using Microsoft.EntityFrameworkCore.Migrations;

namespace Identity.Api.Migrations;

public partial class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "accounts",
            columns: table => new
            {
                id = table.Column<Guid>(nullable: false),
                email = table.Column<string>(maxLength: 320, nullable: false),
                password_hash = table.Column<string>(nullable: false),
                created_at = table.Column<DateTimeOffset>(nullable: false)
            },
            constraints: table => table.PrimaryKey("pk_accounts", x => x.id));

        migrationBuilder.CreateIndex(name: "ix_accounts_email", table: "accounts", column: "email", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "accounts");
    }
}
