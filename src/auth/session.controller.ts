import { Body, Controller, Delete, Get, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiKeysService } from './api-keys.service';
import { SessionDto } from './dto/auth.responses';
import { SignInDto } from './dto/sign-in.dto';
import type { AuthenticatedRequest } from './request-authenticator';
import { Public, RequireRole } from './roles';
import { SESSION_COOKIE, sessionTokenOf } from './session-cookie';
import { SESSION_LIFETIME_MS, WebSessionsService } from './web-sessions.service';

/** The web app's sign-in: an API key is exchanged once for an httpOnly session cookie. */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly keys: ApiKeysService,
    private readonly sessions: WebSessionsService,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: exchanges an API key for a session cookie (qt_session, httpOnly, SameSite=Strict)' })
  @ApiOkResponse({ type: SessionDto })
  @ApiUnauthorizedResponse({ description: 'Unknown or revoked key' })
  async signIn(@Body() dto: SignInDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionDto> {
    const key = await this.keys.verify(dto.key.trim());
    if (!key) throw new UnauthorizedException('the API key is unknown or revoked');
    const { token, expiresAt } = await this.sessions.open(key);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/', maxAge: SESSION_LIFETIME_MS });
    return { keyId: key.id, name: key.name, role: key.role, expiresAt };
  }

  @Get()
  @RequireRole('viewer')
  @ApiOperation({ summary: 'Who is signed in: the key behind the session cookie (or the Bearer key)' })
  @ApiOkResponse({ type: SessionDto })
  current(@Req() req: AuthenticatedRequest): SessionDto {
    const key = req.apiKey!;
    return { keyId: key.id, name: key.name, role: key.role, expiresAt: null };
  }

  @Delete()
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: ends the session and clears its cookie' })
  @ApiNoContentResponse({ description: 'Signed out (also when there was no session)' })
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = sessionTokenOf(req.headers.cookie);
    if (token) await this.sessions.close(token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
