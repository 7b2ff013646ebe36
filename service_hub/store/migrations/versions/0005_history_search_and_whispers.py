"""history full-text search, supervisors' whispers

Revision ID: 0005
Revises: 0004

Full text over chat messages: on SQLite an FTS5 index kept by triggers (an
external-content table: the text is stored once, in ``messages``); on
PostgreSQL a GIN index over ``to_tsvector('simple', text)`` (no stemming: the
messages are in Finnish, Swedish, English and more, and the search matches
word prefixes instead).
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    op.create_table(
        'whispers',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('conversation_id', sa.String(length=64), nullable=False),
        sa.Column('supervisor_id', sa.Integer(), nullable=False),
        sa.Column('agent_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['conversation_id'], ['conversations.id']),
        sa.ForeignKeyConstraint(['supervisor_id'], ['agents.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    with op.batch_alter_table('whispers', schema=None) as batch_op:
        batch_op.create_index('ix_whispers_conversation_id', ['conversation_id'], unique=False)
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.create_index('ix_conversations_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_conversations_handed_off_at', ['handed_off_at'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':
        for statement in _SQLITE_FTS:
            op.execute(statement)
    else:
        op.execute("CREATE INDEX ix_messages_fts ON messages USING gin (to_tsvector('simple', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('messages_fts_insert', 'messages_fts_delete', 'messages_fts_update'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS messages_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_messages_fts")
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_index('ix_conversations_handed_off_at')
        batch_op.drop_index('ix_conversations_created_at')
    with op.batch_alter_table('whispers', schema=None) as batch_op:
        batch_op.drop_index('ix_whispers_conversation_id')
    op.drop_table('whispers')
