"""Fake credentials the sandbox emulators accept. Obviously fake, public, and useless anywhere else.

`coursewright sandbox` prints the first set as environment lines; the others exist so tests can
reach each platform's refusal paths (another tenant, an unpaid plan, an exhausted quota).
"""

from __future__ import annotations

from typing import Final

# ibl.ai: a 64-hex-character platform key bound to one org and one user.
IBLAI_ORG: Final = "sandbox-org"
IBLAI_USER_ID: Final = "sandbox-user"
IBLAI_API_KEY: Final = "5a4db0c0" + "0" * 48 + "fa4e0001"

# A valid ibl.ai key bound to a different org and user: using it on sandbox-org gets 403.
IBLAI_OTHER_ORG: Final = "other-org"
IBLAI_OTHER_USER_ID: Final = "other-user"
IBLAI_OTHER_API_KEY: Final = "5a4db0c0" + "0" * 48 + "fa4e0002"

# TutorFlow platform key.
TUTORFLOW_API_KEY: Final = "tf_platform_sandbox_fake_0001"
# A TutorFlow key that was revoked: the emulator answers 401 platform_api_key_revoked.
TUTORFLOW_REVOKED_API_KEY: Final = "tf_platform_sandbox_fake_revoked"

# LearningStudio keys: a paid plan with credits, an unpaid plan (403 PAID_PLAN_REQUIRED on every
# request) and a paid plan whose monthly credits are used up (403 USAGE_LIMIT_EXCEEDED_PLAN on create).
LEARNINGSTUDIO_API_KEY: Final = "ls_sandbox_fake_0001"
LEARNINGSTUDIO_UNPAID_API_KEY: Final = "ls_sandbox_fake_unpaid"
LEARNINGSTUDIO_EXHAUSTED_API_KEY: Final = "ls_sandbox_fake_exhausted"
