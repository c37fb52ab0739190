; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.1: for each item: B(z) = theta * z_i whenever z_j = theta_j for all j != i (Eq. 5.3)
; obligation: items-0-653: an item and z with z_j = theta_j (j != i) and B(z) != theta * z_i (Eq. 5.3)
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1_0 () Bool)
(declare-fun z2_0 () Bool)
(declare-fun z0_1 () Bool)
(declare-fun z2_1 () Bool)
(declare-fun z0_2 () Bool)
(declare-fun z1_2 () Bool)
(declare-fun z1_3 () Bool)
(declare-fun z2_3 () Bool)
(declare-fun z0_4 () Bool)
(declare-fun z2_4 () Bool)
(declare-fun z0_5 () Bool)
(declare-fun z1_5 () Bool)
(declare-fun z1_6 () Bool)
(declare-fun z2_6 () Bool)
(declare-fun z0_7 () Bool)
(declare-fun z2_7 () Bool)
(declare-fun z0_8 () Bool)
(declare-fun z1_8 () Bool)
(declare-fun z1_9 () Bool)
(declare-fun z2_9 () Bool)
(declare-fun z0_10 () Bool)
(declare-fun z2_10 () Bool)
(declare-fun z0_11 () Bool)
(declare-fun z1_11 () Bool)
(declare-fun z1_12 () Bool)
(declare-fun z2_12 () Bool)
(declare-fun z0_13 () Bool)
(declare-fun z2_13 () Bool)
(declare-fun z0_14 () Bool)
(declare-fun z1_14 () Bool)
(declare-fun z1_15 () Bool)
(declare-fun z2_15 () Bool)
(declare-fun z0_16 () Bool)
(declare-fun z2_16 () Bool)
(declare-fun z0_17 () Bool)
(declare-fun z1_17 () Bool)
(declare-fun z1_18 () Bool)
(declare-fun z2_18 () Bool)
(declare-fun z0_19 () Bool)
(declare-fun z2_19 () Bool)
(declare-fun z0_20 () Bool)
(declare-fun z1_20 () Bool)
(declare-fun z1_21 () Bool)
(declare-fun z2_21 () Bool)
(declare-fun z0_22 () Bool)
(declare-fun z2_22 () Bool)
(declare-fun z0_23 () Bool)
(declare-fun z1_23 () Bool)
(declare-fun z1_24 () Bool)
(declare-fun z2_24 () Bool)
(declare-fun z0_25 () Bool)
(declare-fun z2_25 () Bool)
(declare-fun z0_26 () Bool)
(declare-fun z1_26 () Bool)
(declare-fun z1_27 () Bool)
(declare-fun z2_27 () Bool)
(declare-fun z0_28 () Bool)
(declare-fun z2_28 () Bool)
(declare-fun z0_29 () Bool)
(declare-fun z1_29 () Bool)
(declare-fun z1_30 () Bool)
(declare-fun z2_30 () Bool)
(declare-fun z0_31 () Bool)
(declare-fun z2_31 () Bool)
(declare-fun z0_32 () Bool)
(declare-fun z1_32 () Bool)
(declare-fun z1_33 () Bool)
(declare-fun z2_33 () Bool)
(declare-fun z0_34 () Bool)
(declare-fun z2_34 () Bool)
(declare-fun z0_35 () Bool)
(declare-fun z1_35 () Bool)
(declare-fun z1_36 () Bool)
(declare-fun z2_36 () Bool)
(declare-fun z0_37 () Bool)
(declare-fun z2_37 () Bool)
(declare-fun z0_38 () Bool)
(declare-fun z1_38 () Bool)
(declare-fun z1_39 () Bool)
(declare-fun z2_39 () Bool)
(declare-fun z0_40 () Bool)
(declare-fun z2_40 () Bool)
(declare-fun z0_41 () Bool)
(declare-fun z1_41 () Bool)
(declare-fun z1_42 () Bool)
(declare-fun z2_42 () Bool)
(declare-fun z0_43 () Bool)
(declare-fun z2_43 () Bool)
(declare-fun z0_44 () Bool)
(declare-fun z1_44 () Bool)
(declare-fun z1_45 () Bool)
(declare-fun z2_45 () Bool)
(declare-fun z0_46 () Bool)
(declare-fun z2_46 () Bool)
(declare-fun z0_47 () Bool)
(declare-fun z1_47 () Bool)
(declare-fun z1_48 () Bool)
(declare-fun z2_48 () Bool)
(declare-fun z0_49 () Bool)
(declare-fun z2_49 () Bool)
(declare-fun z0_50 () Bool)
(declare-fun z1_50 () Bool)
(declare-fun z1_51 () Bool)
(declare-fun z2_51 () Bool)
(declare-fun z0_52 () Bool)
(declare-fun z2_52 () Bool)
(declare-fun z0_53 () Bool)
(declare-fun z1_53 () Bool)
(declare-fun z1_54 () Bool)
(declare-fun z2_54 () Bool)
(declare-fun z0_55 () Bool)
(declare-fun z2_55 () Bool)
(declare-fun z0_56 () Bool)
(declare-fun z1_56 () Bool)
(declare-fun z1_57 () Bool)
(declare-fun z2_57 () Bool)
(declare-fun z0_58 () Bool)
(declare-fun z2_58 () Bool)
(declare-fun z0_59 () Bool)
(declare-fun z1_59 () Bool)
(declare-fun z1_60 () Bool)
(declare-fun z2_60 () Bool)
(declare-fun z0_61 () Bool)
(declare-fun z2_61 () Bool)
(declare-fun z0_62 () Bool)
(declare-fun z1_62 () Bool)
(declare-fun z1_63 () Bool)
(declare-fun z2_63 () Bool)
(declare-fun z0_64 () Bool)
(declare-fun z2_64 () Bool)
(declare-fun z0_65 () Bool)
(declare-fun z1_65 () Bool)
(declare-fun z1_66 () Bool)
(declare-fun z2_66 () Bool)
(declare-fun z0_67 () Bool)
(declare-fun z2_67 () Bool)
(declare-fun z0_68 () Bool)
(declare-fun z1_68 () Bool)
(declare-fun z1_69 () Bool)
(declare-fun z2_69 () Bool)
(declare-fun z0_70 () Bool)
(declare-fun z2_70 () Bool)
(declare-fun z0_71 () Bool)
(declare-fun z1_71 () Bool)
(declare-fun z1_72 () Bool)
(declare-fun z2_72 () Bool)
(declare-fun z0_73 () Bool)
(declare-fun z2_73 () Bool)
(declare-fun z0_74 () Bool)
(declare-fun z1_74 () Bool)
(declare-fun z1_75 () Bool)
(declare-fun z2_75 () Bool)
(declare-fun z0_76 () Bool)
(declare-fun z2_76 () Bool)
(declare-fun z0_77 () Bool)
(declare-fun z1_77 () Bool)
(declare-fun z1_78 () Bool)
(declare-fun z2_78 () Bool)
(declare-fun z0_79 () Bool)
(declare-fun z2_79 () Bool)
(declare-fun z0_80 () Bool)
(declare-fun z1_80 () Bool)
(declare-fun z1_81 () Bool)
(declare-fun z2_81 () Bool)
(declare-fun z0_82 () Bool)
(declare-fun z2_82 () Bool)
(declare-fun z0_83 () Bool)
(declare-fun z1_83 () Bool)
(declare-fun z1_84 () Bool)
(declare-fun z2_84 () Bool)
(declare-fun z0_85 () Bool)
(declare-fun z2_85 () Bool)
(declare-fun z0_86 () Bool)
(declare-fun z1_86 () Bool)
(declare-fun z1_87 () Bool)
(declare-fun z2_87 () Bool)
(declare-fun z0_88 () Bool)
(declare-fun z2_88 () Bool)
(declare-fun z0_89 () Bool)
(declare-fun z1_89 () Bool)
(declare-fun z1_90 () Bool)
(declare-fun z2_90 () Bool)
(declare-fun z0_91 () Bool)
(declare-fun z2_91 () Bool)
(declare-fun z0_92 () Bool)
(declare-fun z1_92 () Bool)
(declare-fun z1_93 () Bool)
(declare-fun z2_93 () Bool)
(declare-fun z0_94 () Bool)
(declare-fun z2_94 () Bool)
(declare-fun z0_95 () Bool)
(declare-fun z1_95 () Bool)
(declare-fun z1_96 () Bool)
(declare-fun z2_96 () Bool)
(declare-fun z0_97 () Bool)
(declare-fun z2_97 () Bool)
(declare-fun z0_98 () Bool)
(declare-fun z1_98 () Bool)
(declare-fun z1_99 () Bool)
(declare-fun z2_99 () Bool)
(declare-fun z0_100 () Bool)
(declare-fun z2_100 () Bool)
(declare-fun z0_101 () Bool)
(declare-fun z1_101 () Bool)
(declare-fun z1_102 () Bool)
(declare-fun z2_102 () Bool)
(declare-fun z0_103 () Bool)
(declare-fun z2_103 () Bool)
(declare-fun z0_104 () Bool)
(declare-fun z1_104 () Bool)
(declare-fun z1_105 () Bool)
(declare-fun z2_105 () Bool)
(declare-fun z0_106 () Bool)
(declare-fun z2_106 () Bool)
(declare-fun z0_107 () Bool)
(declare-fun z1_107 () Bool)
(declare-fun z1_108 () Bool)
(declare-fun z2_108 () Bool)
(declare-fun z0_109 () Bool)
(declare-fun z2_109 () Bool)
(declare-fun z0_110 () Bool)
(declare-fun z1_110 () Bool)
(declare-fun z1_111 () Bool)
(declare-fun z2_111 () Bool)
(declare-fun z0_112 () Bool)
(declare-fun z2_112 () Bool)
(declare-fun z0_113 () Bool)
(declare-fun z1_113 () Bool)
(declare-fun z1_114 () Bool)
(declare-fun z2_114 () Bool)
(declare-fun z0_115 () Bool)
(declare-fun z2_115 () Bool)
(declare-fun z0_116 () Bool)
(declare-fun z1_116 () Bool)
(declare-fun z1_117 () Bool)
(declare-fun z2_117 () Bool)
(declare-fun z0_118 () Bool)
(declare-fun z2_118 () Bool)
(declare-fun z0_119 () Bool)
(declare-fun z1_119 () Bool)
(declare-fun z1_120 () Bool)
(declare-fun z2_120 () Bool)
(declare-fun z0_121 () Bool)
(declare-fun z2_121 () Bool)
(declare-fun z0_122 () Bool)
(declare-fun z1_122 () Bool)
(declare-fun z1_123 () Bool)
(declare-fun z2_123 () Bool)
(declare-fun z0_124 () Bool)
(declare-fun z2_124 () Bool)
(declare-fun z0_125 () Bool)
(declare-fun z1_125 () Bool)
(declare-fun z1_126 () Bool)
(declare-fun z2_126 () Bool)
(declare-fun z0_127 () Bool)
(declare-fun z2_127 () Bool)
(declare-fun z0_128 () Bool)
(declare-fun z1_128 () Bool)
(declare-fun z1_129 () Bool)
(declare-fun z2_129 () Bool)
(declare-fun z0_130 () Bool)
(declare-fun z2_130 () Bool)
(declare-fun z0_131 () Bool)
(declare-fun z1_131 () Bool)
(declare-fun z1_132 () Bool)
(declare-fun z2_132 () Bool)
(declare-fun z0_133 () Bool)
(declare-fun z2_133 () Bool)
(declare-fun z0_134 () Bool)
(declare-fun z1_134 () Bool)
(declare-fun z1_135 () Bool)
(declare-fun z2_135 () Bool)
(declare-fun z0_136 () Bool)
(declare-fun z2_136 () Bool)
(declare-fun z0_137 () Bool)
(declare-fun z1_137 () Bool)
(declare-fun z1_138 () Bool)
(declare-fun z2_138 () Bool)
(declare-fun z0_139 () Bool)
(declare-fun z2_139 () Bool)
(declare-fun z0_140 () Bool)
(declare-fun z1_140 () Bool)
(declare-fun z1_141 () Bool)
(declare-fun z2_141 () Bool)
(declare-fun z0_142 () Bool)
(declare-fun z2_142 () Bool)
(declare-fun z0_143 () Bool)
(declare-fun z1_143 () Bool)
(declare-fun z1_144 () Bool)
(declare-fun z2_144 () Bool)
(declare-fun z0_145 () Bool)
(declare-fun z2_145 () Bool)
(declare-fun z0_146 () Bool)
(declare-fun z1_146 () Bool)
(declare-fun z1_147 () Bool)
(declare-fun z2_147 () Bool)
(declare-fun z0_148 () Bool)
(declare-fun z2_148 () Bool)
(declare-fun z0_149 () Bool)
(declare-fun z1_149 () Bool)
(declare-fun z1_150 () Bool)
(declare-fun z2_150 () Bool)
(declare-fun z0_151 () Bool)
(declare-fun z2_151 () Bool)
(declare-fun z0_152 () Bool)
(declare-fun z1_152 () Bool)
(declare-fun z1_153 () Bool)
(declare-fun z2_153 () Bool)
(declare-fun z0_154 () Bool)
(declare-fun z2_154 () Bool)
(declare-fun z0_155 () Bool)
(declare-fun z1_155 () Bool)
(declare-fun z1_156 () Bool)
(declare-fun z2_156 () Bool)
(declare-fun z0_157 () Bool)
(declare-fun z2_157 () Bool)
(declare-fun z0_158 () Bool)
(declare-fun z1_158 () Bool)
(declare-fun z1_159 () Bool)
(declare-fun z2_159 () Bool)
(declare-fun z0_160 () Bool)
(declare-fun z2_160 () Bool)
(declare-fun z0_161 () Bool)
(declare-fun z1_161 () Bool)
(declare-fun z1_162 () Bool)
(declare-fun z2_162 () Bool)
(declare-fun z0_163 () Bool)
(declare-fun z2_163 () Bool)
(declare-fun z0_164 () Bool)
(declare-fun z1_164 () Bool)
(declare-fun z1_165 () Bool)
(declare-fun z2_165 () Bool)
(declare-fun z0_166 () Bool)
(declare-fun z2_166 () Bool)
(declare-fun z0_167 () Bool)
(declare-fun z1_167 () Bool)
(declare-fun z1_168 () Bool)
(declare-fun z2_168 () Bool)
(declare-fun z0_169 () Bool)
(declare-fun z2_169 () Bool)
(declare-fun z0_170 () Bool)
(declare-fun z1_170 () Bool)
(declare-fun z1_171 () Bool)
(declare-fun z2_171 () Bool)
(declare-fun z0_172 () Bool)
(declare-fun z2_172 () Bool)
(declare-fun z0_173 () Bool)
(declare-fun z1_173 () Bool)
(declare-fun z1_174 () Bool)
(declare-fun z2_174 () Bool)
(declare-fun z0_175 () Bool)
(declare-fun z2_175 () Bool)
(declare-fun z0_176 () Bool)
(declare-fun z1_176 () Bool)
(declare-fun z1_177 () Bool)
(declare-fun z2_177 () Bool)
(declare-fun z0_178 () Bool)
(declare-fun z2_178 () Bool)
(declare-fun z0_179 () Bool)
(declare-fun z1_179 () Bool)
(declare-fun z1_180 () Bool)
(declare-fun z2_180 () Bool)
(declare-fun z0_181 () Bool)
(declare-fun z2_181 () Bool)
(declare-fun z0_182 () Bool)
(declare-fun z1_182 () Bool)
(declare-fun z1_183 () Bool)
(declare-fun z2_183 () Bool)
(declare-fun z0_184 () Bool)
(declare-fun z2_184 () Bool)
(declare-fun z0_185 () Bool)
(declare-fun z1_185 () Bool)
(declare-fun z1_186 () Bool)
(declare-fun z2_186 () Bool)
(declare-fun z0_187 () Bool)
(declare-fun z2_187 () Bool)
(declare-fun z0_188 () Bool)
(declare-fun z1_188 () Bool)
(declare-fun z1_189 () Bool)
(declare-fun z2_189 () Bool)
(declare-fun z0_190 () Bool)
(declare-fun z2_190 () Bool)
(declare-fun z0_191 () Bool)
(declare-fun z1_191 () Bool)
(declare-fun z1_192 () Bool)
(declare-fun z2_192 () Bool)
(declare-fun z0_193 () Bool)
(declare-fun z2_193 () Bool)
(declare-fun z0_194 () Bool)
(declare-fun z1_194 () Bool)
(declare-fun z1_195 () Bool)
(declare-fun z2_195 () Bool)
(declare-fun z0_196 () Bool)
(declare-fun z2_196 () Bool)
(declare-fun z0_197 () Bool)
(declare-fun z1_197 () Bool)
(declare-fun z1_198 () Bool)
(declare-fun z2_198 () Bool)
(declare-fun z0_199 () Bool)
(declare-fun z2_199 () Bool)
(declare-fun z0_200 () Bool)
(declare-fun z1_200 () Bool)
(declare-fun z1_201 () Bool)
(declare-fun z2_201 () Bool)
(declare-fun z0_202 () Bool)
(declare-fun z2_202 () Bool)
(declare-fun z0_203 () Bool)
(declare-fun z1_203 () Bool)
(declare-fun z1_204 () Bool)
(declare-fun z2_204 () Bool)
(declare-fun z0_205 () Bool)
(declare-fun z2_205 () Bool)
(declare-fun z0_206 () Bool)
(declare-fun z1_206 () Bool)
(declare-fun z1_207 () Bool)
(declare-fun z2_207 () Bool)
(declare-fun z0_208 () Bool)
(declare-fun z2_208 () Bool)
(declare-fun z0_209 () Bool)
(declare-fun z1_209 () Bool)
(declare-fun z1_210 () Bool)
(declare-fun z2_210 () Bool)
(declare-fun z0_211 () Bool)
(declare-fun z2_211 () Bool)
(declare-fun z0_212 () Bool)
(declare-fun z1_212 () Bool)
(declare-fun z1_213 () Bool)
(declare-fun z2_213 () Bool)
(declare-fun z0_214 () Bool)
(declare-fun z2_214 () Bool)
(declare-fun z0_215 () Bool)
(declare-fun z1_215 () Bool)
(declare-fun z1_216 () Bool)
(declare-fun z2_216 () Bool)
(declare-fun z0_217 () Bool)
(declare-fun z2_217 () Bool)
(declare-fun z0_218 () Bool)
(declare-fun z1_218 () Bool)
(declare-fun z1_219 () Bool)
(declare-fun z2_219 () Bool)
(declare-fun z0_220 () Bool)
(declare-fun z2_220 () Bool)
(declare-fun z0_221 () Bool)
(declare-fun z1_221 () Bool)
(declare-fun z1_222 () Bool)
(declare-fun z2_222 () Bool)
(declare-fun z0_223 () Bool)
(declare-fun z2_223 () Bool)
(declare-fun z0_224 () Bool)
(declare-fun z1_224 () Bool)
(declare-fun z1_225 () Bool)
(declare-fun z2_225 () Bool)
(declare-fun z0_226 () Bool)
(declare-fun z2_226 () Bool)
(declare-fun z0_227 () Bool)
(declare-fun z1_227 () Bool)
(declare-fun z1_228 () Bool)
(declare-fun z2_228 () Bool)
(declare-fun z0_229 () Bool)
(declare-fun z2_229 () Bool)
(declare-fun z0_230 () Bool)
(declare-fun z1_230 () Bool)
(declare-fun z1_231 () Bool)
(declare-fun z2_231 () Bool)
(declare-fun z0_232 () Bool)
(declare-fun z2_232 () Bool)
(declare-fun z0_233 () Bool)
(declare-fun z1_233 () Bool)
(declare-fun z1_234 () Bool)
(declare-fun z2_234 () Bool)
(declare-fun z0_235 () Bool)
(declare-fun z2_235 () Bool)
(declare-fun z0_236 () Bool)
(declare-fun z1_236 () Bool)
(declare-fun z1_237 () Bool)
(declare-fun z2_237 () Bool)
(declare-fun z0_238 () Bool)
(declare-fun z2_238 () Bool)
(declare-fun z0_239 () Bool)
(declare-fun z1_239 () Bool)
(declare-fun z1_240 () Bool)
(declare-fun z2_240 () Bool)
(declare-fun z0_241 () Bool)
(declare-fun z2_241 () Bool)
(declare-fun z0_242 () Bool)
(declare-fun z1_242 () Bool)
(declare-fun z1_243 () Bool)
(declare-fun z2_243 () Bool)
(declare-fun z0_244 () Bool)
(declare-fun z2_244 () Bool)
(declare-fun z0_245 () Bool)
(declare-fun z1_245 () Bool)
(declare-fun z1_246 () Bool)
(declare-fun z2_246 () Bool)
(declare-fun z0_247 () Bool)
(declare-fun z2_247 () Bool)
(declare-fun z0_248 () Bool)
(declare-fun z1_248 () Bool)
(declare-fun z1_249 () Bool)
(declare-fun z2_249 () Bool)
(declare-fun z0_250 () Bool)
(declare-fun z2_250 () Bool)
(declare-fun z0_251 () Bool)
(declare-fun z1_251 () Bool)
(declare-fun z1_252 () Bool)
(declare-fun z2_252 () Bool)
(declare-fun z0_253 () Bool)
(declare-fun z2_253 () Bool)
(declare-fun z0_254 () Bool)
(declare-fun z1_254 () Bool)
(declare-fun z1_255 () Bool)
(declare-fun z2_255 () Bool)
(declare-fun z0_256 () Bool)
(declare-fun z2_256 () Bool)
(declare-fun z0_257 () Bool)
(declare-fun z1_257 () Bool)
(declare-fun z1_258 () Bool)
(declare-fun z2_258 () Bool)
(declare-fun z0_259 () Bool)
(declare-fun z2_259 () Bool)
(declare-fun z0_260 () Bool)
(declare-fun z1_260 () Bool)
(declare-fun z1_261 () Bool)
(declare-fun z2_261 () Bool)
(declare-fun z0_262 () Bool)
(declare-fun z2_262 () Bool)
(declare-fun z0_263 () Bool)
(declare-fun z1_263 () Bool)
(declare-fun z1_264 () Bool)
(declare-fun z2_264 () Bool)
(declare-fun z0_265 () Bool)
(declare-fun z2_265 () Bool)
(declare-fun z0_266 () Bool)
(declare-fun z1_266 () Bool)
(declare-fun z1_267 () Bool)
(declare-fun z2_267 () Bool)
(declare-fun z0_268 () Bool)
(declare-fun z2_268 () Bool)
(declare-fun z0_269 () Bool)
(declare-fun z1_269 () Bool)
(declare-fun z1_270 () Bool)
(declare-fun z2_270 () Bool)
(declare-fun z0_271 () Bool)
(declare-fun z2_271 () Bool)
(declare-fun z0_272 () Bool)
(declare-fun z1_272 () Bool)
(declare-fun z1_273 () Bool)
(declare-fun z2_273 () Bool)
(declare-fun z0_274 () Bool)
(declare-fun z2_274 () Bool)
(declare-fun z0_275 () Bool)
(declare-fun z1_275 () Bool)
(declare-fun z1_276 () Bool)
(declare-fun z2_276 () Bool)
(declare-fun z0_277 () Bool)
(declare-fun z2_277 () Bool)
(declare-fun z0_278 () Bool)
(declare-fun z1_278 () Bool)
(declare-fun z1_279 () Bool)
(declare-fun z2_279 () Bool)
(declare-fun z0_280 () Bool)
(declare-fun z2_280 () Bool)
(declare-fun z0_281 () Bool)
(declare-fun z1_281 () Bool)
(declare-fun z1_282 () Bool)
(declare-fun z2_282 () Bool)
(declare-fun z0_283 () Bool)
(declare-fun z2_283 () Bool)
(declare-fun z0_284 () Bool)
(declare-fun z1_284 () Bool)
(declare-fun z1_285 () Bool)
(declare-fun z2_285 () Bool)
(declare-fun z0_286 () Bool)
(declare-fun z2_286 () Bool)
(declare-fun z0_287 () Bool)
(declare-fun z1_287 () Bool)
(declare-fun z1_288 () Bool)
(declare-fun z2_288 () Bool)
(declare-fun z0_289 () Bool)
(declare-fun z2_289 () Bool)
(declare-fun z0_290 () Bool)
(declare-fun z1_290 () Bool)
(declare-fun z1_291 () Bool)
(declare-fun z2_291 () Bool)
(declare-fun z0_292 () Bool)
(declare-fun z2_292 () Bool)
(declare-fun z0_293 () Bool)
(declare-fun z1_293 () Bool)
(declare-fun z1_294 () Bool)
(declare-fun z2_294 () Bool)
(declare-fun z0_295 () Bool)
(declare-fun z2_295 () Bool)
(declare-fun z0_296 () Bool)
(declare-fun z1_296 () Bool)
(declare-fun z1_297 () Bool)
(declare-fun z2_297 () Bool)
(declare-fun z0_298 () Bool)
(declare-fun z2_298 () Bool)
(declare-fun z0_299 () Bool)
(declare-fun z1_299 () Bool)
(declare-fun z1_300 () Bool)
(declare-fun z2_300 () Bool)
(declare-fun z0_301 () Bool)
(declare-fun z2_301 () Bool)
(declare-fun z0_302 () Bool)
(declare-fun z1_302 () Bool)
(declare-fun z1_303 () Bool)
(declare-fun z2_303 () Bool)
(declare-fun z0_304 () Bool)
(declare-fun z2_304 () Bool)
(declare-fun z0_305 () Bool)
(declare-fun z1_305 () Bool)
(declare-fun z1_306 () Bool)
(declare-fun z2_306 () Bool)
(declare-fun z0_307 () Bool)
(declare-fun z2_307 () Bool)
(declare-fun z0_308 () Bool)
(declare-fun z1_308 () Bool)
(declare-fun z1_309 () Bool)
(declare-fun z2_309 () Bool)
(declare-fun z0_310 () Bool)
(declare-fun z2_310 () Bool)
(declare-fun z0_311 () Bool)
(declare-fun z1_311 () Bool)
(declare-fun z1_312 () Bool)
(declare-fun z2_312 () Bool)
(declare-fun z0_313 () Bool)
(declare-fun z2_313 () Bool)
(declare-fun z0_314 () Bool)
(declare-fun z1_314 () Bool)
(declare-fun z1_315 () Bool)
(declare-fun z2_315 () Bool)
(declare-fun z0_316 () Bool)
(declare-fun z2_316 () Bool)
(declare-fun z0_317 () Bool)
(declare-fun z1_317 () Bool)
(declare-fun z1_318 () Bool)
(declare-fun z2_318 () Bool)
(declare-fun z0_319 () Bool)
(declare-fun z2_319 () Bool)
(declare-fun z0_320 () Bool)
(declare-fun z1_320 () Bool)
(declare-fun z1_321 () Bool)
(declare-fun z2_321 () Bool)
(declare-fun z0_322 () Bool)
(declare-fun z2_322 () Bool)
(declare-fun z0_323 () Bool)
(declare-fun z1_323 () Bool)
(declare-fun z1_324 () Bool)
(declare-fun z2_324 () Bool)
(declare-fun z0_325 () Bool)
(declare-fun z2_325 () Bool)
(declare-fun z0_326 () Bool)
(declare-fun z1_326 () Bool)
(declare-fun z1_327 () Bool)
(declare-fun z2_327 () Bool)
(declare-fun z0_328 () Bool)
(declare-fun z2_328 () Bool)
(declare-fun z0_329 () Bool)
(declare-fun z1_329 () Bool)
(declare-fun z1_330 () Bool)
(declare-fun z2_330 () Bool)
(declare-fun z0_331 () Bool)
(declare-fun z2_331 () Bool)
(declare-fun z0_332 () Bool)
(declare-fun z1_332 () Bool)
(declare-fun z1_333 () Bool)
(declare-fun z2_333 () Bool)
(declare-fun z0_334 () Bool)
(declare-fun z2_334 () Bool)
(declare-fun z0_335 () Bool)
(declare-fun z1_335 () Bool)
(declare-fun z1_336 () Bool)
(declare-fun z2_336 () Bool)
(declare-fun z0_337 () Bool)
(declare-fun z2_337 () Bool)
(declare-fun z0_338 () Bool)
(declare-fun z1_338 () Bool)
(declare-fun z1_339 () Bool)
(declare-fun z2_339 () Bool)
(declare-fun z0_340 () Bool)
(declare-fun z2_340 () Bool)
(declare-fun z0_341 () Bool)
(declare-fun z1_341 () Bool)
(declare-fun z1_342 () Bool)
(declare-fun z2_342 () Bool)
(declare-fun z0_343 () Bool)
(declare-fun z2_343 () Bool)
(declare-fun z0_344 () Bool)
(declare-fun z1_344 () Bool)
(declare-fun z1_345 () Bool)
(declare-fun z2_345 () Bool)
(declare-fun z0_346 () Bool)
(declare-fun z2_346 () Bool)
(declare-fun z0_347 () Bool)
(declare-fun z1_347 () Bool)
(declare-fun z1_348 () Bool)
(declare-fun z2_348 () Bool)
(declare-fun z0_349 () Bool)
(declare-fun z2_349 () Bool)
(declare-fun z0_350 () Bool)
(declare-fun z1_350 () Bool)
(declare-fun z1_351 () Bool)
(declare-fun z2_351 () Bool)
(declare-fun z0_352 () Bool)
(declare-fun z2_352 () Bool)
(declare-fun z0_353 () Bool)
(declare-fun z1_353 () Bool)
(declare-fun z1_354 () Bool)
(declare-fun z2_354 () Bool)
(declare-fun z0_355 () Bool)
(declare-fun z2_355 () Bool)
(declare-fun z0_356 () Bool)
(declare-fun z1_356 () Bool)
(declare-fun z1_357 () Bool)
(declare-fun z2_357 () Bool)
(declare-fun z0_358 () Bool)
(declare-fun z2_358 () Bool)
(declare-fun z0_359 () Bool)
(declare-fun z1_359 () Bool)
(declare-fun z1_360 () Bool)
(declare-fun z2_360 () Bool)
(declare-fun z0_361 () Bool)
(declare-fun z2_361 () Bool)
(declare-fun z0_362 () Bool)
(declare-fun z1_362 () Bool)
(declare-fun z1_363 () Bool)
(declare-fun z2_363 () Bool)
(declare-fun z0_364 () Bool)
(declare-fun z2_364 () Bool)
(declare-fun z0_365 () Bool)
(declare-fun z1_365 () Bool)
(declare-fun z1_366 () Bool)
(declare-fun z2_366 () Bool)
(declare-fun z0_367 () Bool)
(declare-fun z2_367 () Bool)
(declare-fun z0_368 () Bool)
(declare-fun z1_368 () Bool)
(declare-fun z1_369 () Bool)
(declare-fun z2_369 () Bool)
(declare-fun z0_370 () Bool)
(declare-fun z2_370 () Bool)
(declare-fun z0_371 () Bool)
(declare-fun z1_371 () Bool)
(declare-fun z1_372 () Bool)
(declare-fun z2_372 () Bool)
(declare-fun z0_373 () Bool)
(declare-fun z2_373 () Bool)
(declare-fun z0_374 () Bool)
(declare-fun z1_374 () Bool)
(declare-fun z1_375 () Bool)
(declare-fun z2_375 () Bool)
(declare-fun z0_376 () Bool)
(declare-fun z2_376 () Bool)
(declare-fun z0_377 () Bool)
(declare-fun z1_377 () Bool)
(declare-fun z1_378 () Bool)
(declare-fun z2_378 () Bool)
(declare-fun z0_379 () Bool)
(declare-fun z2_379 () Bool)
(declare-fun z0_380 () Bool)
(declare-fun z1_380 () Bool)
(declare-fun z1_381 () Bool)
(declare-fun z2_381 () Bool)
(declare-fun z0_382 () Bool)
(declare-fun z2_382 () Bool)
(declare-fun z0_383 () Bool)
(declare-fun z1_383 () Bool)
(declare-fun z1_384 () Bool)
(declare-fun z2_384 () Bool)
(declare-fun z0_385 () Bool)
(declare-fun z2_385 () Bool)
(declare-fun z0_386 () Bool)
(declare-fun z1_386 () Bool)
(declare-fun z1_387 () Bool)
(declare-fun z2_387 () Bool)
(declare-fun z0_388 () Bool)
(declare-fun z2_388 () Bool)
(declare-fun z0_389 () Bool)
(declare-fun z1_389 () Bool)
(declare-fun z1_390 () Bool)
(declare-fun z2_390 () Bool)
(declare-fun z0_391 () Bool)
(declare-fun z2_391 () Bool)
(declare-fun z0_392 () Bool)
(declare-fun z1_392 () Bool)
(declare-fun z1_393 () Bool)
(declare-fun z2_393 () Bool)
(declare-fun z0_394 () Bool)
(declare-fun z2_394 () Bool)
(declare-fun z0_395 () Bool)
(declare-fun z1_395 () Bool)
(declare-fun z1_396 () Bool)
(declare-fun z2_396 () Bool)
(declare-fun z0_397 () Bool)
(declare-fun z2_397 () Bool)
(declare-fun z0_398 () Bool)
(declare-fun z1_398 () Bool)
(declare-fun z1_399 () Bool)
(declare-fun z2_399 () Bool)
(declare-fun z0_400 () Bool)
(declare-fun z2_400 () Bool)
(declare-fun z0_401 () Bool)
(declare-fun z1_401 () Bool)
(declare-fun z1_402 () Bool)
(declare-fun z2_402 () Bool)
(declare-fun z0_403 () Bool)
(declare-fun z2_403 () Bool)
(declare-fun z0_404 () Bool)
(declare-fun z1_404 () Bool)
(declare-fun z1_405 () Bool)
(declare-fun z2_405 () Bool)
(declare-fun z0_406 () Bool)
(declare-fun z2_406 () Bool)
(declare-fun z0_407 () Bool)
(declare-fun z1_407 () Bool)
(declare-fun z1_408 () Bool)
(declare-fun z2_408 () Bool)
(declare-fun z0_409 () Bool)
(declare-fun z2_409 () Bool)
(declare-fun z0_410 () Bool)
(declare-fun z1_410 () Bool)
(declare-fun z1_411 () Bool)
(declare-fun z2_411 () Bool)
(declare-fun z0_412 () Bool)
(declare-fun z2_412 () Bool)
(declare-fun z0_413 () Bool)
(declare-fun z1_413 () Bool)
(declare-fun z1_414 () Bool)
(declare-fun z2_414 () Bool)
(declare-fun z0_415 () Bool)
(declare-fun z2_415 () Bool)
(declare-fun z0_416 () Bool)
(declare-fun z1_416 () Bool)
(declare-fun z1_417 () Bool)
(declare-fun z2_417 () Bool)
(declare-fun z0_418 () Bool)
(declare-fun z2_418 () Bool)
(declare-fun z0_419 () Bool)
(declare-fun z1_419 () Bool)
(declare-fun z1_420 () Bool)
(declare-fun z2_420 () Bool)
(declare-fun z0_421 () Bool)
(declare-fun z2_421 () Bool)
(declare-fun z0_422 () Bool)
(declare-fun z1_422 () Bool)
(declare-fun z1_423 () Bool)
(declare-fun z2_423 () Bool)
(declare-fun z0_424 () Bool)
(declare-fun z2_424 () Bool)
(declare-fun z0_425 () Bool)
(declare-fun z1_425 () Bool)
(declare-fun z1_426 () Bool)
(declare-fun z2_426 () Bool)
(declare-fun z0_427 () Bool)
(declare-fun z2_427 () Bool)
(declare-fun z0_428 () Bool)
(declare-fun z1_428 () Bool)
(declare-fun z1_429 () Bool)
(declare-fun z2_429 () Bool)
(declare-fun z0_430 () Bool)
(declare-fun z2_430 () Bool)
(declare-fun z0_431 () Bool)
(declare-fun z1_431 () Bool)
(declare-fun z1_432 () Bool)
(declare-fun z2_432 () Bool)
(declare-fun z0_433 () Bool)
(declare-fun z2_433 () Bool)
(declare-fun z0_434 () Bool)
(declare-fun z1_434 () Bool)
(declare-fun z1_435 () Bool)
(declare-fun z2_435 () Bool)
(declare-fun z0_436 () Bool)
(declare-fun z2_436 () Bool)
(declare-fun z0_437 () Bool)
(declare-fun z1_437 () Bool)
(declare-fun z1_438 () Bool)
(declare-fun z2_438 () Bool)
(declare-fun z0_439 () Bool)
(declare-fun z2_439 () Bool)
(declare-fun z0_440 () Bool)
(declare-fun z1_440 () Bool)
(declare-fun z1_441 () Bool)
(declare-fun z2_441 () Bool)
(declare-fun z0_442 () Bool)
(declare-fun z2_442 () Bool)
(declare-fun z0_443 () Bool)
(declare-fun z1_443 () Bool)
(declare-fun z1_444 () Bool)
(declare-fun z2_444 () Bool)
(declare-fun z0_445 () Bool)
(declare-fun z2_445 () Bool)
(declare-fun z0_446 () Bool)
(declare-fun z1_446 () Bool)
(declare-fun z1_447 () Bool)
(declare-fun z2_447 () Bool)
(declare-fun z0_448 () Bool)
(declare-fun z2_448 () Bool)
(declare-fun z0_449 () Bool)
(declare-fun z1_449 () Bool)
(declare-fun z1_450 () Bool)
(declare-fun z2_450 () Bool)
(declare-fun z0_451 () Bool)
(declare-fun z2_451 () Bool)
(declare-fun z0_452 () Bool)
(declare-fun z1_452 () Bool)
(declare-fun z1_453 () Bool)
(declare-fun z2_453 () Bool)
(declare-fun z0_454 () Bool)
(declare-fun z2_454 () Bool)
(declare-fun z0_455 () Bool)
(declare-fun z1_455 () Bool)
(declare-fun z1_456 () Bool)
(declare-fun z2_456 () Bool)
(declare-fun z0_457 () Bool)
(declare-fun z2_457 () Bool)
(declare-fun z0_458 () Bool)
(declare-fun z1_458 () Bool)
(declare-fun z1_459 () Bool)
(declare-fun z2_459 () Bool)
(declare-fun z0_460 () Bool)
(declare-fun z2_460 () Bool)
(declare-fun z0_461 () Bool)
(declare-fun z1_461 () Bool)
(declare-fun z1_462 () Bool)
(declare-fun z2_462 () Bool)
(declare-fun z0_463 () Bool)
(declare-fun z2_463 () Bool)
(declare-fun z0_464 () Bool)
(declare-fun z1_464 () Bool)
(declare-fun z1_465 () Bool)
(declare-fun z2_465 () Bool)
(declare-fun z0_466 () Bool)
(declare-fun z2_466 () Bool)
(declare-fun z0_467 () Bool)
(declare-fun z1_467 () Bool)
(declare-fun z1_468 () Bool)
(declare-fun z2_468 () Bool)
(declare-fun z0_469 () Bool)
(declare-fun z2_469 () Bool)
(declare-fun z0_470 () Bool)
(declare-fun z1_470 () Bool)
(declare-fun z1_471 () Bool)
(declare-fun z2_471 () Bool)
(declare-fun z0_472 () Bool)
(declare-fun z2_472 () Bool)
(declare-fun z0_473 () Bool)
(declare-fun z1_473 () Bool)
(declare-fun z1_474 () Bool)
(declare-fun z2_474 () Bool)
(declare-fun z0_475 () Bool)
(declare-fun z2_475 () Bool)
(declare-fun z0_476 () Bool)
(declare-fun z1_476 () Bool)
(declare-fun z1_477 () Bool)
(declare-fun z2_477 () Bool)
(declare-fun z0_478 () Bool)
(declare-fun z2_478 () Bool)
(declare-fun z0_479 () Bool)
(declare-fun z1_479 () Bool)
(declare-fun z1_480 () Bool)
(declare-fun z2_480 () Bool)
(declare-fun z0_481 () Bool)
(declare-fun z2_481 () Bool)
(declare-fun z0_482 () Bool)
(declare-fun z1_482 () Bool)
(declare-fun z1_483 () Bool)
(declare-fun z2_483 () Bool)
(declare-fun z0_484 () Bool)
(declare-fun z2_484 () Bool)
(declare-fun z0_485 () Bool)
(declare-fun z1_485 () Bool)
(declare-fun z1_486 () Bool)
(declare-fun z2_486 () Bool)
(declare-fun z0_487 () Bool)
(declare-fun z2_487 () Bool)
(declare-fun z0_488 () Bool)
(declare-fun z1_488 () Bool)
(declare-fun z1_489 () Bool)
(declare-fun z2_489 () Bool)
(declare-fun z0_490 () Bool)
(declare-fun z2_490 () Bool)
(declare-fun z0_491 () Bool)
(declare-fun z1_491 () Bool)
(declare-fun z1_492 () Bool)
(declare-fun z2_492 () Bool)
(declare-fun z0_493 () Bool)
(declare-fun z2_493 () Bool)
(declare-fun z0_494 () Bool)
(declare-fun z1_494 () Bool)
(declare-fun z1_495 () Bool)
(declare-fun z2_495 () Bool)
(declare-fun z0_496 () Bool)
(declare-fun z2_496 () Bool)
(declare-fun z0_497 () Bool)
(declare-fun z1_497 () Bool)
(declare-fun z1_498 () Bool)
(declare-fun z2_498 () Bool)
(declare-fun z0_499 () Bool)
(declare-fun z2_499 () Bool)
(declare-fun z0_500 () Bool)
(declare-fun z1_500 () Bool)
(declare-fun z1_501 () Bool)
(declare-fun z2_501 () Bool)
(declare-fun z0_502 () Bool)
(declare-fun z2_502 () Bool)
(declare-fun z0_503 () Bool)
(declare-fun z1_503 () Bool)
(declare-fun z1_504 () Bool)
(declare-fun z2_504 () Bool)
(declare-fun z0_505 () Bool)
(declare-fun z2_505 () Bool)
(declare-fun z0_506 () Bool)
(declare-fun z1_506 () Bool)
(declare-fun z1_507 () Bool)
(declare-fun z2_507 () Bool)
(declare-fun z0_508 () Bool)
(declare-fun z2_508 () Bool)
(declare-fun z0_509 () Bool)
(declare-fun z1_509 () Bool)
(declare-fun z1_510 () Bool)
(declare-fun z2_510 () Bool)
(declare-fun z0_511 () Bool)
(declare-fun z2_511 () Bool)
(declare-fun z0_512 () Bool)
(declare-fun z1_512 () Bool)
(declare-fun z1_513 () Bool)
(declare-fun z2_513 () Bool)
(declare-fun z0_514 () Bool)
(declare-fun z2_514 () Bool)
(declare-fun z0_515 () Bool)
(declare-fun z1_515 () Bool)
(declare-fun z1_516 () Bool)
(declare-fun z2_516 () Bool)
(declare-fun z0_517 () Bool)
(declare-fun z2_517 () Bool)
(declare-fun z0_518 () Bool)
(declare-fun z1_518 () Bool)
(declare-fun z1_519 () Bool)
(declare-fun z2_519 () Bool)
(declare-fun z0_520 () Bool)
(declare-fun z2_520 () Bool)
(declare-fun z0_521 () Bool)
(declare-fun z1_521 () Bool)
(declare-fun z1_522 () Bool)
(declare-fun z2_522 () Bool)
(declare-fun z0_523 () Bool)
(declare-fun z2_523 () Bool)
(declare-fun z0_524 () Bool)
(declare-fun z1_524 () Bool)
(declare-fun z1_525 () Bool)
(declare-fun z2_525 () Bool)
(declare-fun z0_526 () Bool)
(declare-fun z2_526 () Bool)
(declare-fun z0_527 () Bool)
(declare-fun z1_527 () Bool)
(declare-fun z1_528 () Bool)
(declare-fun z2_528 () Bool)
(declare-fun z0_529 () Bool)
(declare-fun z2_529 () Bool)
(declare-fun z0_530 () Bool)
(declare-fun z1_530 () Bool)
(declare-fun z1_531 () Bool)
(declare-fun z2_531 () Bool)
(declare-fun z0_532 () Bool)
(declare-fun z2_532 () Bool)
(declare-fun z0_533 () Bool)
(declare-fun z1_533 () Bool)
(declare-fun z1_534 () Bool)
(declare-fun z2_534 () Bool)
(declare-fun z0_535 () Bool)
(declare-fun z2_535 () Bool)
(declare-fun z0_536 () Bool)
(declare-fun z1_536 () Bool)
(declare-fun z1_537 () Bool)
(declare-fun z2_537 () Bool)
(declare-fun z0_538 () Bool)
(declare-fun z2_538 () Bool)
(declare-fun z0_539 () Bool)
(declare-fun z1_539 () Bool)
(declare-fun z1_540 () Bool)
(declare-fun z2_540 () Bool)
(declare-fun z0_541 () Bool)
(declare-fun z2_541 () Bool)
(declare-fun z0_542 () Bool)
(declare-fun z1_542 () Bool)
(declare-fun z1_543 () Bool)
(declare-fun z2_543 () Bool)
(declare-fun z0_544 () Bool)
(declare-fun z2_544 () Bool)
(declare-fun z0_545 () Bool)
(declare-fun z1_545 () Bool)
(declare-fun z1_546 () Bool)
(declare-fun z2_546 () Bool)
(declare-fun z0_547 () Bool)
(declare-fun z2_547 () Bool)
(declare-fun z0_548 () Bool)
(declare-fun z1_548 () Bool)
(declare-fun z1_549 () Bool)
(declare-fun z2_549 () Bool)
(declare-fun z0_550 () Bool)
(declare-fun z2_550 () Bool)
(declare-fun z0_551 () Bool)
(declare-fun z1_551 () Bool)
(declare-fun z1_552 () Bool)
(declare-fun z2_552 () Bool)
(declare-fun z0_553 () Bool)
(declare-fun z2_553 () Bool)
(declare-fun z0_554 () Bool)
(declare-fun z1_554 () Bool)
(declare-fun z1_555 () Bool)
(declare-fun z2_555 () Bool)
(declare-fun z0_556 () Bool)
(declare-fun z2_556 () Bool)
(declare-fun z0_557 () Bool)
(declare-fun z1_557 () Bool)
(declare-fun z1_558 () Bool)
(declare-fun z2_558 () Bool)
(declare-fun z0_559 () Bool)
(declare-fun z2_559 () Bool)
(declare-fun z0_560 () Bool)
(declare-fun z1_560 () Bool)
(declare-fun z1_561 () Bool)
(declare-fun z2_561 () Bool)
(declare-fun z0_562 () Bool)
(declare-fun z2_562 () Bool)
(declare-fun z0_563 () Bool)
(declare-fun z1_563 () Bool)
(declare-fun z1_564 () Bool)
(declare-fun z2_564 () Bool)
(declare-fun z0_565 () Bool)
(declare-fun z2_565 () Bool)
(declare-fun z0_566 () Bool)
(declare-fun z1_566 () Bool)
(declare-fun z1_567 () Bool)
(declare-fun z2_567 () Bool)
(declare-fun z0_568 () Bool)
(declare-fun z2_568 () Bool)
(declare-fun z0_569 () Bool)
(declare-fun z1_569 () Bool)
(declare-fun z1_570 () Bool)
(declare-fun z2_570 () Bool)
(declare-fun z0_571 () Bool)
(declare-fun z2_571 () Bool)
(declare-fun z0_572 () Bool)
(declare-fun z1_572 () Bool)
(declare-fun z1_573 () Bool)
(declare-fun z2_573 () Bool)
(declare-fun z0_574 () Bool)
(declare-fun z2_574 () Bool)
(declare-fun z0_575 () Bool)
(declare-fun z1_575 () Bool)
(declare-fun z1_576 () Bool)
(declare-fun z2_576 () Bool)
(declare-fun z0_577 () Bool)
(declare-fun z2_577 () Bool)
(declare-fun z0_578 () Bool)
(declare-fun z1_578 () Bool)
(declare-fun z1_579 () Bool)
(declare-fun z2_579 () Bool)
(declare-fun z0_580 () Bool)
(declare-fun z2_580 () Bool)
(declare-fun z0_581 () Bool)
(declare-fun z1_581 () Bool)
(declare-fun z1_582 () Bool)
(declare-fun z2_582 () Bool)
(declare-fun z0_583 () Bool)
(declare-fun z2_583 () Bool)
(declare-fun z0_584 () Bool)
(declare-fun z1_584 () Bool)
(declare-fun z1_585 () Bool)
(declare-fun z2_585 () Bool)
(declare-fun z0_586 () Bool)
(declare-fun z2_586 () Bool)
(declare-fun z0_587 () Bool)
(declare-fun z1_587 () Bool)
(declare-fun z1_588 () Bool)
(declare-fun z2_588 () Bool)
(declare-fun z0_589 () Bool)
(declare-fun z2_589 () Bool)
(declare-fun z0_590 () Bool)
(declare-fun z1_590 () Bool)
(declare-fun z1_591 () Bool)
(declare-fun z2_591 () Bool)
(declare-fun z0_592 () Bool)
(declare-fun z2_592 () Bool)
(declare-fun z0_593 () Bool)
(declare-fun z1_593 () Bool)
(declare-fun z1_594 () Bool)
(declare-fun z2_594 () Bool)
(declare-fun z0_595 () Bool)
(declare-fun z2_595 () Bool)
(declare-fun z0_596 () Bool)
(declare-fun z1_596 () Bool)
(declare-fun z1_597 () Bool)
(declare-fun z2_597 () Bool)
(declare-fun z0_598 () Bool)
(declare-fun z2_598 () Bool)
(declare-fun z0_599 () Bool)
(declare-fun z1_599 () Bool)
(declare-fun z1_600 () Bool)
(declare-fun z2_600 () Bool)
(declare-fun z0_601 () Bool)
(declare-fun z2_601 () Bool)
(declare-fun z0_602 () Bool)
(declare-fun z1_602 () Bool)
(declare-fun z1_603 () Bool)
(declare-fun z2_603 () Bool)
(declare-fun z0_604 () Bool)
(declare-fun z2_604 () Bool)
(declare-fun z0_605 () Bool)
(declare-fun z1_605 () Bool)
(declare-fun z1_606 () Bool)
(declare-fun z2_606 () Bool)
(declare-fun z0_607 () Bool)
(declare-fun z2_607 () Bool)
(declare-fun z0_608 () Bool)
(declare-fun z1_608 () Bool)
(declare-fun z1_609 () Bool)
(declare-fun z2_609 () Bool)
(declare-fun z0_610 () Bool)
(declare-fun z2_610 () Bool)
(declare-fun z0_611 () Bool)
(declare-fun z1_611 () Bool)
(declare-fun z1_612 () Bool)
(declare-fun z2_612 () Bool)
(declare-fun z0_613 () Bool)
(declare-fun z2_613 () Bool)
(declare-fun z0_614 () Bool)
(declare-fun z1_614 () Bool)
(declare-fun z1_615 () Bool)
(declare-fun z2_615 () Bool)
(declare-fun z0_616 () Bool)
(declare-fun z2_616 () Bool)
(declare-fun z0_617 () Bool)
(declare-fun z1_617 () Bool)
(declare-fun z1_618 () Bool)
(declare-fun z2_618 () Bool)
(declare-fun z0_619 () Bool)
(declare-fun z2_619 () Bool)
(declare-fun z0_620 () Bool)
(declare-fun z1_620 () Bool)
(declare-fun z1_621 () Bool)
(declare-fun z2_621 () Bool)
(declare-fun z0_622 () Bool)
(declare-fun z2_622 () Bool)
(declare-fun z0_623 () Bool)
(declare-fun z1_623 () Bool)
(declare-fun z1_624 () Bool)
(declare-fun z2_624 () Bool)
(declare-fun z0_625 () Bool)
(declare-fun z2_625 () Bool)
(declare-fun z0_626 () Bool)
(declare-fun z1_626 () Bool)
(declare-fun z1_627 () Bool)
(declare-fun z2_627 () Bool)
(declare-fun z0_628 () Bool)
(declare-fun z2_628 () Bool)
(declare-fun z0_629 () Bool)
(declare-fun z1_629 () Bool)
(declare-fun z1_630 () Bool)
(declare-fun z2_630 () Bool)
(declare-fun z0_631 () Bool)
(declare-fun z2_631 () Bool)
(declare-fun z0_632 () Bool)
(declare-fun z1_632 () Bool)
(declare-fun z1_633 () Bool)
(declare-fun z2_633 () Bool)
(declare-fun z0_634 () Bool)
(declare-fun z2_634 () Bool)
(declare-fun z0_635 () Bool)
(declare-fun z1_635 () Bool)
(declare-fun z1_636 () Bool)
(declare-fun z2_636 () Bool)
(declare-fun z0_637 () Bool)
(declare-fun z2_637 () Bool)
(declare-fun z0_638 () Bool)
(declare-fun z1_638 () Bool)
(declare-fun z1_639 () Bool)
(declare-fun z2_639 () Bool)
(declare-fun z0_640 () Bool)
(declare-fun z2_640 () Bool)
(declare-fun z0_641 () Bool)
(declare-fun z1_641 () Bool)
(declare-fun z1_642 () Bool)
(declare-fun z2_642 () Bool)
(declare-fun z0_643 () Bool)
(declare-fun z2_643 () Bool)
(declare-fun z0_644 () Bool)
(declare-fun z1_644 () Bool)
(declare-fun z1_645 () Bool)
(declare-fun z2_645 () Bool)
(declare-fun z0_646 () Bool)
(declare-fun z2_646 () Bool)
(declare-fun z0_647 () Bool)
(declare-fun z1_647 () Bool)
(declare-fun z1_648 () Bool)
(declare-fun z2_648 () Bool)
(declare-fun z0_649 () Bool)
(declare-fun z2_649 () Bool)
(declare-fun z0_650 () Bool)
(declare-fun z1_650 () Bool)
(declare-fun z1_651 () Bool)
(declare-fun z2_651 () Bool)
(declare-fun z0_652 () Bool)
(declare-fun z2_652 () Bool)
(declare-fun z0_653 () Bool)
(declare-fun z1_653 () Bool)
(declare-fun z2_653 () Bool)
(declare-fun z1_652 () Bool)
(declare-fun z0_651 () Bool)
(declare-fun z2_650 () Bool)
(declare-fun z1_649 () Bool)
(declare-fun z0_648 () Bool)
(declare-fun z2_647 () Bool)
(declare-fun z1_646 () Bool)
(declare-fun z0_645 () Bool)
(declare-fun z2_644 () Bool)
(declare-fun z1_643 () Bool)
(declare-fun z0_642 () Bool)
(declare-fun z2_641 () Bool)
(declare-fun z1_640 () Bool)
(declare-fun z0_639 () Bool)
(declare-fun z2_638 () Bool)
(declare-fun z1_637 () Bool)
(declare-fun z0_636 () Bool)
(declare-fun z2_635 () Bool)
(declare-fun z1_634 () Bool)
(declare-fun z0_633 () Bool)
(declare-fun z2_632 () Bool)
(declare-fun z1_631 () Bool)
(declare-fun z0_630 () Bool)
(declare-fun z2_629 () Bool)
(declare-fun z1_628 () Bool)
(declare-fun z0_627 () Bool)
(declare-fun z2_626 () Bool)
(declare-fun z1_625 () Bool)
(declare-fun z0_624 () Bool)
(declare-fun z2_623 () Bool)
(declare-fun z1_622 () Bool)
(declare-fun z0_621 () Bool)
(declare-fun z2_620 () Bool)
(declare-fun z1_619 () Bool)
(declare-fun z0_618 () Bool)
(declare-fun z2_617 () Bool)
(declare-fun z1_616 () Bool)
(declare-fun z0_615 () Bool)
(declare-fun z2_614 () Bool)
(declare-fun z1_613 () Bool)
(declare-fun z0_612 () Bool)
(declare-fun z2_611 () Bool)
(declare-fun z1_610 () Bool)
(declare-fun z0_609 () Bool)
(declare-fun z2_608 () Bool)
(declare-fun z1_607 () Bool)
(declare-fun z0_606 () Bool)
(declare-fun z2_605 () Bool)
(declare-fun z1_604 () Bool)
(declare-fun z0_603 () Bool)
(declare-fun z2_602 () Bool)
(declare-fun z1_601 () Bool)
(declare-fun z0_600 () Bool)
(declare-fun z2_599 () Bool)
(declare-fun z1_598 () Bool)
(declare-fun z0_597 () Bool)
(declare-fun z2_596 () Bool)
(declare-fun z1_595 () Bool)
(declare-fun z0_594 () Bool)
(declare-fun z2_593 () Bool)
(declare-fun z1_592 () Bool)
(declare-fun z0_591 () Bool)
(declare-fun z2_590 () Bool)
(declare-fun z1_589 () Bool)
(declare-fun z0_588 () Bool)
(declare-fun z2_587 () Bool)
(declare-fun z1_586 () Bool)
(declare-fun z0_585 () Bool)
(declare-fun z2_584 () Bool)
(declare-fun z1_583 () Bool)
(declare-fun z0_582 () Bool)
(declare-fun z2_581 () Bool)
(declare-fun z1_580 () Bool)
(declare-fun z0_579 () Bool)
(declare-fun z2_578 () Bool)
(declare-fun z1_577 () Bool)
(declare-fun z0_576 () Bool)
(declare-fun z2_575 () Bool)
(declare-fun z1_574 () Bool)
(declare-fun z0_573 () Bool)
(declare-fun z2_572 () Bool)
(declare-fun z1_571 () Bool)
(declare-fun z0_570 () Bool)
(declare-fun z2_569 () Bool)
(declare-fun z1_568 () Bool)
(declare-fun z0_567 () Bool)
(declare-fun z2_566 () Bool)
(declare-fun z1_565 () Bool)
(declare-fun z0_564 () Bool)
(declare-fun z2_563 () Bool)
(declare-fun z1_562 () Bool)
(declare-fun z0_561 () Bool)
(declare-fun z2_560 () Bool)
(declare-fun z1_559 () Bool)
(declare-fun z0_558 () Bool)
(declare-fun z2_557 () Bool)
(declare-fun z1_556 () Bool)
(declare-fun z0_555 () Bool)
(declare-fun z2_554 () Bool)
(declare-fun z1_553 () Bool)
(declare-fun z0_552 () Bool)
(declare-fun z2_551 () Bool)
(declare-fun z1_550 () Bool)
(declare-fun z0_549 () Bool)
(declare-fun z2_548 () Bool)
(declare-fun z1_547 () Bool)
(declare-fun z0_546 () Bool)
(declare-fun z2_545 () Bool)
(declare-fun z1_544 () Bool)
(declare-fun z0_543 () Bool)
(declare-fun z2_542 () Bool)
(declare-fun z1_541 () Bool)
(declare-fun z0_540 () Bool)
(declare-fun z2_539 () Bool)
(declare-fun z1_538 () Bool)
(declare-fun z0_537 () Bool)
(declare-fun z2_536 () Bool)
(declare-fun z1_535 () Bool)
(declare-fun z0_534 () Bool)
(declare-fun z2_533 () Bool)
(declare-fun z1_532 () Bool)
(declare-fun z0_531 () Bool)
(declare-fun z2_530 () Bool)
(declare-fun z1_529 () Bool)
(declare-fun z0_528 () Bool)
(declare-fun z2_527 () Bool)
(declare-fun z1_526 () Bool)
(declare-fun z0_525 () Bool)
(declare-fun z2_524 () Bool)
(declare-fun z1_523 () Bool)
(declare-fun z0_522 () Bool)
(declare-fun z2_521 () Bool)
(declare-fun z1_520 () Bool)
(declare-fun z0_519 () Bool)
(declare-fun z2_518 () Bool)
(declare-fun z1_517 () Bool)
(declare-fun z0_516 () Bool)
(declare-fun z2_515 () Bool)
(declare-fun z1_514 () Bool)
(declare-fun z0_513 () Bool)
(declare-fun z2_512 () Bool)
(declare-fun z1_511 () Bool)
(declare-fun z0_510 () Bool)
(declare-fun z2_509 () Bool)
(declare-fun z1_508 () Bool)
(declare-fun z0_507 () Bool)
(declare-fun z2_506 () Bool)
(declare-fun z1_505 () Bool)
(declare-fun z0_504 () Bool)
(declare-fun z2_503 () Bool)
(declare-fun z1_502 () Bool)
(declare-fun z0_501 () Bool)
(declare-fun z2_500 () Bool)
(declare-fun z1_499 () Bool)
(declare-fun z0_498 () Bool)
(declare-fun z2_497 () Bool)
(declare-fun z1_496 () Bool)
(declare-fun z0_495 () Bool)
(declare-fun z2_494 () Bool)
(declare-fun z1_493 () Bool)
(declare-fun z0_492 () Bool)
(declare-fun z2_491 () Bool)
(declare-fun z1_490 () Bool)
(declare-fun z0_489 () Bool)
(declare-fun z2_488 () Bool)
(declare-fun z1_487 () Bool)
(declare-fun z0_486 () Bool)
(declare-fun z2_485 () Bool)
(declare-fun z1_484 () Bool)
(declare-fun z0_483 () Bool)
(declare-fun z2_482 () Bool)
(declare-fun z1_481 () Bool)
(declare-fun z0_480 () Bool)
(declare-fun z2_479 () Bool)
(declare-fun z1_478 () Bool)
(declare-fun z0_477 () Bool)
(declare-fun z2_476 () Bool)
(declare-fun z1_475 () Bool)
(declare-fun z0_474 () Bool)
(declare-fun z2_473 () Bool)
(declare-fun z1_472 () Bool)
(declare-fun z0_471 () Bool)
(declare-fun z2_470 () Bool)
(declare-fun z1_469 () Bool)
(declare-fun z0_468 () Bool)
(declare-fun z2_467 () Bool)
(declare-fun z1_466 () Bool)
(declare-fun z0_465 () Bool)
(declare-fun z2_464 () Bool)
(declare-fun z1_463 () Bool)
(declare-fun z0_462 () Bool)
(declare-fun z2_461 () Bool)
(declare-fun z1_460 () Bool)
(declare-fun z0_459 () Bool)
(declare-fun z2_458 () Bool)
(declare-fun z1_457 () Bool)
(declare-fun z0_456 () Bool)
(declare-fun z2_455 () Bool)
(declare-fun z1_454 () Bool)
(declare-fun z0_453 () Bool)
(declare-fun z2_452 () Bool)
(declare-fun z1_451 () Bool)
(declare-fun z0_450 () Bool)
(declare-fun z2_449 () Bool)
(declare-fun z1_448 () Bool)
(declare-fun z0_447 () Bool)
(declare-fun z2_446 () Bool)
(declare-fun z1_445 () Bool)
(declare-fun z0_444 () Bool)
(declare-fun z2_443 () Bool)
(declare-fun z1_442 () Bool)
(declare-fun z0_441 () Bool)
(declare-fun z2_440 () Bool)
(declare-fun z1_439 () Bool)
(declare-fun z0_438 () Bool)
(declare-fun z2_437 () Bool)
(declare-fun z1_436 () Bool)
(declare-fun z0_435 () Bool)
(declare-fun z2_434 () Bool)
(declare-fun z1_433 () Bool)
(declare-fun z0_432 () Bool)
(declare-fun z2_431 () Bool)
(declare-fun z1_430 () Bool)
(declare-fun z0_429 () Bool)
(declare-fun z2_428 () Bool)
(declare-fun z1_427 () Bool)
(declare-fun z0_426 () Bool)
(declare-fun z2_425 () Bool)
(declare-fun z1_424 () Bool)
(declare-fun z0_423 () Bool)
(declare-fun z2_422 () Bool)
(declare-fun z1_421 () Bool)
(declare-fun z0_420 () Bool)
(declare-fun z2_419 () Bool)
(declare-fun z1_418 () Bool)
(declare-fun z0_417 () Bool)
(declare-fun z2_416 () Bool)
(declare-fun z1_415 () Bool)
(declare-fun z0_414 () Bool)
(declare-fun z2_413 () Bool)
(declare-fun z1_412 () Bool)
(declare-fun z0_411 () Bool)
(declare-fun z2_410 () Bool)
(declare-fun z1_409 () Bool)
(declare-fun z0_408 () Bool)
(declare-fun z2_407 () Bool)
(declare-fun z1_406 () Bool)
(declare-fun z0_405 () Bool)
(declare-fun z2_404 () Bool)
(declare-fun z1_403 () Bool)
(declare-fun z0_402 () Bool)
(declare-fun z2_401 () Bool)
(declare-fun z1_400 () Bool)
(declare-fun z0_399 () Bool)
(declare-fun z2_398 () Bool)
(declare-fun z1_397 () Bool)
(declare-fun z0_396 () Bool)
(declare-fun z2_395 () Bool)
(declare-fun z1_394 () Bool)
(declare-fun z0_393 () Bool)
(declare-fun z2_392 () Bool)
(declare-fun z1_391 () Bool)
(declare-fun z0_390 () Bool)
(declare-fun z2_389 () Bool)
(declare-fun z1_388 () Bool)
(declare-fun z0_387 () Bool)
(declare-fun z2_386 () Bool)
(declare-fun z1_385 () Bool)
(declare-fun z0_384 () Bool)
(declare-fun z2_383 () Bool)
(declare-fun z1_382 () Bool)
(declare-fun z0_381 () Bool)
(declare-fun z2_380 () Bool)
(declare-fun z1_379 () Bool)
(declare-fun z0_378 () Bool)
(declare-fun z2_377 () Bool)
(declare-fun z1_376 () Bool)
(declare-fun z0_375 () Bool)
(declare-fun z2_374 () Bool)
(declare-fun z1_373 () Bool)
(declare-fun z0_372 () Bool)
(declare-fun z2_371 () Bool)
(declare-fun z1_370 () Bool)
(declare-fun z0_369 () Bool)
(declare-fun z2_368 () Bool)
(declare-fun z1_367 () Bool)
(declare-fun z0_366 () Bool)
(declare-fun z2_365 () Bool)
(declare-fun z1_364 () Bool)
(declare-fun z0_363 () Bool)
(declare-fun z2_362 () Bool)
(declare-fun z1_361 () Bool)
(declare-fun z0_360 () Bool)
(declare-fun z2_359 () Bool)
(declare-fun z1_358 () Bool)
(declare-fun z0_357 () Bool)
(declare-fun z2_356 () Bool)
(declare-fun z1_355 () Bool)
(declare-fun z0_354 () Bool)
(declare-fun z2_353 () Bool)
(declare-fun z1_352 () Bool)
(declare-fun z0_351 () Bool)
(declare-fun z2_350 () Bool)
(declare-fun z1_349 () Bool)
(declare-fun z0_348 () Bool)
(declare-fun z2_347 () Bool)
(declare-fun z1_346 () Bool)
(declare-fun z0_345 () Bool)
(declare-fun z2_344 () Bool)
(declare-fun z1_343 () Bool)
(declare-fun z0_342 () Bool)
(declare-fun z2_341 () Bool)
(declare-fun z1_340 () Bool)
(declare-fun z0_339 () Bool)
(declare-fun z2_338 () Bool)
(declare-fun z1_337 () Bool)
(declare-fun z0_336 () Bool)
(declare-fun z2_335 () Bool)
(declare-fun z1_334 () Bool)
(declare-fun z0_333 () Bool)
(declare-fun z2_332 () Bool)
(declare-fun z1_331 () Bool)
(declare-fun z0_330 () Bool)
(declare-fun z2_329 () Bool)
(declare-fun z1_328 () Bool)
(declare-fun z0_327 () Bool)
(declare-fun z2_326 () Bool)
(declare-fun z1_325 () Bool)
(declare-fun z0_324 () Bool)
(declare-fun z2_323 () Bool)
(declare-fun z1_322 () Bool)
(declare-fun z0_321 () Bool)
(declare-fun z2_320 () Bool)
(declare-fun z1_319 () Bool)
(declare-fun z0_318 () Bool)
(declare-fun z2_317 () Bool)
(declare-fun z1_316 () Bool)
(declare-fun z0_315 () Bool)
(declare-fun z2_314 () Bool)
(declare-fun z1_313 () Bool)
(declare-fun z0_312 () Bool)
(declare-fun z2_311 () Bool)
(declare-fun z1_310 () Bool)
(declare-fun z0_309 () Bool)
(declare-fun z2_308 () Bool)
(declare-fun z1_307 () Bool)
(declare-fun z0_306 () Bool)
(declare-fun z2_305 () Bool)
(declare-fun z1_304 () Bool)
(declare-fun z0_303 () Bool)
(declare-fun z2_302 () Bool)
(declare-fun z1_301 () Bool)
(declare-fun z0_300 () Bool)
(declare-fun z2_299 () Bool)
(declare-fun z1_298 () Bool)
(declare-fun z0_297 () Bool)
(declare-fun z2_296 () Bool)
(declare-fun z1_295 () Bool)
(declare-fun z0_294 () Bool)
(declare-fun z2_293 () Bool)
(declare-fun z1_292 () Bool)
(declare-fun z0_291 () Bool)
(declare-fun z2_290 () Bool)
(declare-fun z1_289 () Bool)
(declare-fun z0_288 () Bool)
(declare-fun z2_287 () Bool)
(declare-fun z1_286 () Bool)
(declare-fun z0_285 () Bool)
(declare-fun z2_284 () Bool)
(declare-fun z1_283 () Bool)
(declare-fun z0_282 () Bool)
(declare-fun z2_281 () Bool)
(declare-fun z1_280 () Bool)
(declare-fun z0_279 () Bool)
(declare-fun z2_278 () Bool)
(declare-fun z1_277 () Bool)
(declare-fun z0_276 () Bool)
(declare-fun z2_275 () Bool)
(declare-fun z1_274 () Bool)
(declare-fun z0_273 () Bool)
(declare-fun z2_272 () Bool)
(declare-fun z1_271 () Bool)
(declare-fun z0_270 () Bool)
(declare-fun z2_269 () Bool)
(declare-fun z1_268 () Bool)
(declare-fun z0_267 () Bool)
(declare-fun z2_266 () Bool)
(declare-fun z1_265 () Bool)
(declare-fun z0_264 () Bool)
(declare-fun z2_263 () Bool)
(declare-fun z1_262 () Bool)
(declare-fun z0_261 () Bool)
(declare-fun z2_260 () Bool)
(declare-fun z1_259 () Bool)
(declare-fun z0_258 () Bool)
(declare-fun z2_257 () Bool)
(declare-fun z1_256 () Bool)
(declare-fun z0_255 () Bool)
(declare-fun z2_254 () Bool)
(declare-fun z1_253 () Bool)
(declare-fun z0_252 () Bool)
(declare-fun z2_251 () Bool)
(declare-fun z1_250 () Bool)
(declare-fun z0_249 () Bool)
(declare-fun z2_248 () Bool)
(declare-fun z1_247 () Bool)
(declare-fun z0_246 () Bool)
(declare-fun z2_245 () Bool)
(declare-fun z1_244 () Bool)
(declare-fun z0_243 () Bool)
(declare-fun z2_242 () Bool)
(declare-fun z1_241 () Bool)
(declare-fun z0_240 () Bool)
(declare-fun z2_239 () Bool)
(declare-fun z1_238 () Bool)
(declare-fun z0_237 () Bool)
(declare-fun z2_236 () Bool)
(declare-fun z1_235 () Bool)
(declare-fun z0_234 () Bool)
(declare-fun z2_233 () Bool)
(declare-fun z1_232 () Bool)
(declare-fun z0_231 () Bool)
(declare-fun z2_230 () Bool)
(declare-fun z1_229 () Bool)
(declare-fun z0_228 () Bool)
(declare-fun z2_227 () Bool)
(declare-fun z1_226 () Bool)
(declare-fun z0_225 () Bool)
(declare-fun z2_224 () Bool)
(declare-fun z1_223 () Bool)
(declare-fun z0_222 () Bool)
(declare-fun z2_221 () Bool)
(declare-fun z1_220 () Bool)
(declare-fun z0_219 () Bool)
(declare-fun z2_218 () Bool)
(declare-fun z1_217 () Bool)
(declare-fun z0_216 () Bool)
(declare-fun z2_215 () Bool)
(declare-fun z1_214 () Bool)
(declare-fun z0_213 () Bool)
(declare-fun z2_212 () Bool)
(declare-fun z1_211 () Bool)
(declare-fun z0_210 () Bool)
(declare-fun z2_209 () Bool)
(declare-fun z1_208 () Bool)
(declare-fun z0_207 () Bool)
(declare-fun z2_206 () Bool)
(declare-fun z1_205 () Bool)
(declare-fun z0_204 () Bool)
(declare-fun z2_203 () Bool)
(declare-fun z1_202 () Bool)
(declare-fun z0_201 () Bool)
(declare-fun z2_200 () Bool)
(declare-fun z1_199 () Bool)
(declare-fun z0_198 () Bool)
(declare-fun z2_197 () Bool)
(declare-fun z1_196 () Bool)
(declare-fun z0_195 () Bool)
(declare-fun z2_194 () Bool)
(declare-fun z1_193 () Bool)
(declare-fun z0_192 () Bool)
(declare-fun z2_191 () Bool)
(declare-fun z1_190 () Bool)
(declare-fun z0_189 () Bool)
(declare-fun z2_188 () Bool)
(declare-fun z1_187 () Bool)
(declare-fun z0_186 () Bool)
(declare-fun z2_185 () Bool)
(declare-fun z1_184 () Bool)
(declare-fun z0_183 () Bool)
(declare-fun z2_182 () Bool)
(declare-fun z1_181 () Bool)
(declare-fun z0_180 () Bool)
(declare-fun z2_179 () Bool)
(declare-fun z1_178 () Bool)
(declare-fun z0_177 () Bool)
(declare-fun z2_176 () Bool)
(declare-fun z1_175 () Bool)
(declare-fun z0_174 () Bool)
(declare-fun z2_173 () Bool)
(declare-fun z1_172 () Bool)
(declare-fun z0_171 () Bool)
(declare-fun z2_170 () Bool)
(declare-fun z1_169 () Bool)
(declare-fun z0_168 () Bool)
(declare-fun z2_167 () Bool)
(declare-fun z1_166 () Bool)
(declare-fun z0_165 () Bool)
(declare-fun z2_164 () Bool)
(declare-fun z1_163 () Bool)
(declare-fun z0_162 () Bool)
(declare-fun z2_161 () Bool)
(declare-fun z1_160 () Bool)
(declare-fun z0_159 () Bool)
(declare-fun z2_158 () Bool)
(declare-fun z1_157 () Bool)
(declare-fun z0_156 () Bool)
(declare-fun z2_155 () Bool)
(declare-fun z1_154 () Bool)
(declare-fun z0_153 () Bool)
(declare-fun z2_152 () Bool)
(declare-fun z1_151 () Bool)
(declare-fun z0_150 () Bool)
(declare-fun z2_149 () Bool)
(declare-fun z1_148 () Bool)
(declare-fun z0_147 () Bool)
(declare-fun z2_146 () Bool)
(declare-fun z1_145 () Bool)
(declare-fun z0_144 () Bool)
(declare-fun z2_143 () Bool)
(declare-fun z1_142 () Bool)
(declare-fun z0_141 () Bool)
(declare-fun z2_140 () Bool)
(declare-fun z1_139 () Bool)
(declare-fun z0_138 () Bool)
(declare-fun z2_137 () Bool)
(declare-fun z1_136 () Bool)
(declare-fun z0_135 () Bool)
(declare-fun z2_134 () Bool)
(declare-fun z1_133 () Bool)
(declare-fun z0_132 () Bool)
(declare-fun z2_131 () Bool)
(declare-fun z1_130 () Bool)
(declare-fun z0_129 () Bool)
(declare-fun z2_128 () Bool)
(declare-fun z1_127 () Bool)
(declare-fun z0_126 () Bool)
(declare-fun z2_125 () Bool)
(declare-fun z1_124 () Bool)
(declare-fun z0_123 () Bool)
(declare-fun z2_122 () Bool)
(declare-fun z1_121 () Bool)
(declare-fun z0_120 () Bool)
(declare-fun z2_119 () Bool)
(declare-fun z1_118 () Bool)
(declare-fun z0_117 () Bool)
(declare-fun z2_116 () Bool)
(declare-fun z1_115 () Bool)
(declare-fun z0_114 () Bool)
(declare-fun z2_113 () Bool)
(declare-fun z1_112 () Bool)
(declare-fun z0_111 () Bool)
(declare-fun z2_110 () Bool)
(declare-fun z1_109 () Bool)
(declare-fun z0_108 () Bool)
(declare-fun z2_107 () Bool)
(declare-fun z1_106 () Bool)
(declare-fun z0_105 () Bool)
(declare-fun z2_104 () Bool)
(declare-fun z1_103 () Bool)
(declare-fun z0_102 () Bool)
(declare-fun z2_101 () Bool)
(declare-fun z1_100 () Bool)
(declare-fun z0_99 () Bool)
(declare-fun z2_98 () Bool)
(declare-fun z1_97 () Bool)
(declare-fun z0_96 () Bool)
(declare-fun z2_95 () Bool)
(declare-fun z1_94 () Bool)
(declare-fun z0_93 () Bool)
(declare-fun z2_92 () Bool)
(declare-fun z1_91 () Bool)
(declare-fun z0_90 () Bool)
(declare-fun z2_89 () Bool)
(declare-fun z1_88 () Bool)
(declare-fun z0_87 () Bool)
(declare-fun z2_86 () Bool)
(declare-fun z1_85 () Bool)
(declare-fun z0_84 () Bool)
(declare-fun z2_83 () Bool)
(declare-fun z1_82 () Bool)
(declare-fun z0_81 () Bool)
(declare-fun z2_80 () Bool)
(declare-fun z1_79 () Bool)
(declare-fun z0_78 () Bool)
(declare-fun z2_77 () Bool)
(declare-fun z1_76 () Bool)
(declare-fun z0_75 () Bool)
(declare-fun z2_74 () Bool)
(declare-fun z1_73 () Bool)
(declare-fun z0_72 () Bool)
(declare-fun z2_71 () Bool)
(declare-fun z1_70 () Bool)
(declare-fun z0_69 () Bool)
(declare-fun z2_68 () Bool)
(declare-fun z1_67 () Bool)
(declare-fun z0_66 () Bool)
(declare-fun z2_65 () Bool)
(declare-fun z1_64 () Bool)
(declare-fun z0_63 () Bool)
(declare-fun z2_62 () Bool)
(declare-fun z1_61 () Bool)
(declare-fun z0_60 () Bool)
(declare-fun z2_59 () Bool)
(declare-fun z1_58 () Bool)
(declare-fun z0_57 () Bool)
(declare-fun z2_56 () Bool)
(declare-fun z1_55 () Bool)
(declare-fun z0_54 () Bool)
(declare-fun z2_53 () Bool)
(declare-fun z1_52 () Bool)
(declare-fun z0_51 () Bool)
(declare-fun z2_50 () Bool)
(declare-fun z1_49 () Bool)
(declare-fun z0_48 () Bool)
(declare-fun z2_47 () Bool)
(declare-fun z1_46 () Bool)
(declare-fun z0_45 () Bool)
(declare-fun z2_44 () Bool)
(declare-fun z1_43 () Bool)
(declare-fun z0_42 () Bool)
(declare-fun z2_41 () Bool)
(declare-fun z1_40 () Bool)
(declare-fun z0_39 () Bool)
(declare-fun z2_38 () Bool)
(declare-fun z1_37 () Bool)
(declare-fun z0_36 () Bool)
(declare-fun z2_35 () Bool)
(declare-fun z1_34 () Bool)
(declare-fun z0_33 () Bool)
(declare-fun z2_32 () Bool)
(declare-fun z1_31 () Bool)
(declare-fun z0_30 () Bool)
(declare-fun z2_29 () Bool)
(declare-fun z1_28 () Bool)
(declare-fun z0_27 () Bool)
(declare-fun z2_26 () Bool)
(declare-fun z1_25 () Bool)
(declare-fun z0_24 () Bool)
(declare-fun z2_23 () Bool)
(declare-fun z1_22 () Bool)
(declare-fun z0_21 () Bool)
(declare-fun z2_20 () Bool)
(declare-fun z1_19 () Bool)
(declare-fun z0_18 () Bool)
(declare-fun z2_17 () Bool)
(declare-fun z1_16 () Bool)
(declare-fun z0_15 () Bool)
(declare-fun z2_14 () Bool)
(declare-fun z1_13 () Bool)
(declare-fun z0_12 () Bool)
(declare-fun z2_11 () Bool)
(declare-fun z1_10 () Bool)
(declare-fun z0_9 () Bool)
(declare-fun z2_8 () Bool)
(declare-fun z1_7 () Bool)
(declare-fun z0_6 () Bool)
(declare-fun z2_5 () Bool)
(declare-fun z1_4 () Bool)
(declare-fun z0_3 () Bool)
(declare-fun z2_2 () Bool)
(declare-fun z1_1 () Bool)
(declare-fun z0_0 () Bool)
(assert
 (not z1_0))
(assert
 (not z2_0))
(assert
 (not z0_1))
(assert
 (not z2_1))
(assert
 (not z0_2))
(assert
 (not z1_2))
(assert
 (not z1_3))
(assert
 (not z2_3))
(assert
 z0_4)
(assert
 (not z2_4))
(assert
 z0_5)
(assert
 (not z1_5))
(assert
 z1_6)
(assert
 (not z2_6))
(assert
 (not z0_7))
(assert
 (not z2_7))
(assert
 (not z0_8))
(assert
 z1_8)
(assert
 (not z1_9))
(assert
 (not z2_9))
(assert
 (not z0_10))
(assert
 (not z2_10))
(assert
 z0_11)
(assert
 (not z1_11))
(assert
 z1_12)
(assert
 (not z2_12))
(assert
 z0_13)
(assert
 (not z2_13))
(assert
 (not z0_14))
(assert
 (not z1_14))
(assert
 z1_15)
(assert
 (not z2_15))
(assert
 z0_16)
(assert
 (not z2_16))
(assert
 z0_17)
(assert
 z1_17)
(assert
 (not z1_18))
(assert
 (not z2_18))
(assert
 (not z0_19))
(assert
 (not z2_19))
(assert
 (not z0_20))
(assert
 (not z1_20))
(assert
 z1_21)
(assert
 (not z2_21))
(assert
 (not z0_22))
(assert
 (not z2_22))
(assert
 (not z0_23))
(assert
 (not z1_23))
(assert
 (not z1_24))
(assert
 (not z2_24))
(assert
 z0_25)
(assert
 (not z2_25))
(assert
 (not z0_26))
(assert
 (not z1_26))
(assert
 (not z1_27))
(assert
 (not z2_27))
(assert
 (not z0_28))
(assert
 (not z2_28))
(assert
 z0_29)
(assert
 (not z1_29))
(assert
 (not z1_30))
(assert
 z2_30)
(assert
 (not z0_31))
(assert
 z2_31)
(assert
 (not z0_32))
(assert
 (not z1_32))
(assert
 (not z1_33))
(assert
 (not z2_33))
(assert
 z0_34)
(assert
 (not z2_34))
(assert
 (not z0_35))
(assert
 (not z1_35))
(assert
 (not z1_36))
(assert
 z2_36)
(assert
 (not z0_37))
(assert
 (not z2_37))
(assert
 z0_38)
(assert
 (not z1_38))
(assert
 z1_39)
(assert
 (not z2_39))
(assert
 (not z0_40))
(assert
 (not z2_40))
(assert
 (not z0_41))
(assert
 (not z1_41))
(assert
 (not z1_42))
(assert
 (not z2_42))
(assert
 (not z0_43))
(assert
 z2_43)
(assert
 (not z0_44))
(assert
 z1_44)
(assert
 (not z1_45))
(assert
 (not z2_45))
(assert
 (not z0_46))
(assert
 (not z2_46))
(assert
 (not z0_47))
(assert
 (not z1_47))
(assert
 z1_48)
(assert
 (not z2_48))
(assert
 z0_49)
(assert
 (not z2_49))
(assert
 z0_50)
(assert
 (not z1_50))
(assert
 z1_51)
(assert
 (not z2_51))
(assert
 z0_52)
(assert
 (not z2_52))
(assert
 (not z0_53))
(assert
 (not z1_53))
(assert
 (not z1_54))
(assert
 (not z2_54))
(assert
 (not z0_55))
(assert
 (not z2_55))
(assert
 z0_56)
(assert
 z1_56)
(assert
 (not z1_57))
(assert
 (not z2_57))
(assert
 (not z0_58))
(assert
 z2_58)
(assert
 (not z0_59))
(assert
 (not z1_59))
(assert
 z1_60)
(assert
 (not z2_60))
(assert
 (not z0_61))
(assert
 (not z2_61))
(assert
 z0_62)
(assert
 (not z1_62))
(assert
 (not z1_63))
(assert
 z2_63)
(assert
 (not z0_64))
(assert
 (not z2_64))
(assert
 (not z0_65))
(assert
 (not z1_65))
(assert
 (not z1_66))
(assert
 (not z2_66))
(assert
 z0_67)
(assert
 (not z2_67))
(assert
 (not z0_68))
(assert
 z1_68)
(assert
 (not z1_69))
(assert
 (not z2_69))
(assert
 (not z0_70))
(assert
 (not z2_70))
(assert
 (not z0_71))
(assert
 (not z1_71))
(assert
 (not z1_72))
(assert
 z2_72)
(assert
 (not z0_73))
(assert
 z2_73)
(assert
 z0_74)
(assert
 (not z1_74))
(assert
 (not z1_75))
(assert
 z2_75)
(assert
 z0_76)
(assert
 z2_76)
(assert
 z0_77)
(assert
 (not z1_77))
(assert
 (not z1_78))
(assert
 (not z2_78))
(assert
 (not z0_79))
(assert
 (not z2_79))
(assert
 (not z0_80))
(assert
 (not z1_80))
(assert
 (not z1_81))
(assert
 z2_81)
(assert
 (not z0_82))
(assert
 (not z2_82))
(assert
 (not z0_83))
(assert
 (not z1_83))
(assert
 z1_84)
(assert
 (not z2_84))
(assert
 (not z0_85))
(assert
 (not z2_85))
(assert
 z0_86)
(assert
 (not z1_86))
(assert
 (not z1_87))
(assert
 (not z2_87))
(assert
 z0_88)
(assert
 z2_88)
(assert
 (not z0_89))
(assert
 (not z1_89))
(assert
 (not z1_90))
(assert
 (not z2_90))
(assert
 (not z0_91))
(assert
 (not z2_91))
(assert
 (not z0_92))
(assert
 z1_92)
(assert
 z1_93)
(assert
 (not z2_93))
(assert
 z0_94)
(assert
 (not z2_94))
(assert
 (not z0_95))
(assert
 (not z1_95))
(assert
 z1_96)
(assert
 (not z2_96))
(assert
 z0_97)
(assert
 (not z2_97))
(assert
 z0_98)
(assert
 (not z1_98))
(assert
 (not z1_99))
(assert
 (not z2_99))
(assert
 (not z0_100))
(assert
 (not z2_100))
(assert
 (not z0_101))
(assert
 (not z1_101))
(assert
 (not z1_102))
(assert
 (not z2_102))
(assert
 z0_103)
(assert
 z2_103)
(assert
 z0_104)
(assert
 z1_104)
(assert
 z1_105)
(assert
 (not z2_105))
(assert
 (not z0_106))
(assert
 (not z2_106))
(assert
 (not z0_107))
(assert
 (not z1_107))
(assert
 (not z1_108))
(assert
 z2_108)
(assert
 (not z0_109))
(assert
 (not z2_109))
(assert
 z0_110)
(assert
 (not z1_110))
(assert
 (not z1_111))
(assert
 (not z2_111))
(assert
 z0_112)
(assert
 (not z2_112))
(assert
 (not z0_113))
(assert
 (not z1_113))
(assert
 (not z1_114))
(assert
 (not z2_114))
(assert
 (not z0_115))
(assert
 (not z2_115))
(assert
 (not z0_116))
(assert
 z1_116)
(assert
 (not z1_117))
(assert
 z2_117)
(assert
 z0_118)
(assert
 z2_118)
(assert
 (not z0_119))
(assert
 (not z1_119))
(assert
 (not z1_120))
(assert
 (not z2_120))
(assert
 (not z0_121))
(assert
 (not z2_121))
(assert
 z0_122)
(assert
 (not z1_122))
(assert
 (not z1_123))
(assert
 (not z2_123))
(assert
 z0_124)
(assert
 (not z2_124))
(assert
 (not z0_125))
(assert
 (not z1_125))
(assert
 z1_126)
(assert
 (not z2_126))
(assert
 (not z0_127))
(assert
 (not z2_127))
(assert
 (not z0_128))
(assert
 (not z1_128))
(assert
 (not z1_129))
(assert
 (not z2_129))
(assert
 (not z0_130))
(assert
 z2_130)
(assert
 z0_131)
(assert
 (not z1_131))
(assert
 (not z1_132))
(assert
 (not z2_132))
(assert
 (not z0_133))
(assert
 (not z2_133))
(assert
 (not z0_134))
(assert
 (not z1_134))
(assert
 z1_135)
(assert
 (not z2_135))
(assert
 z0_136)
(assert
 (not z2_136))
(assert
 (not z0_137))
(assert
 z1_137)
(assert
 z1_138)
(assert
 (not z2_138))
(assert
 z0_139)
(assert
 (not z2_139))
(assert
 (not z0_140))
(assert
 (not z1_140))
(assert
 (not z1_141))
(assert
 (not z2_141))
(assert
 (not z0_142))
(assert
 (not z2_142))
(assert
 z0_143)
(assert
 (not z1_143))
(assert
 (not z1_144))
(assert
 (not z2_144))
(assert
 (not z0_145))
(assert
 z2_145)
(assert
 (not z0_146))
(assert
 (not z1_146))
(assert
 z1_147)
(assert
 (not z2_147))
(assert
 (not z0_148))
(assert
 (not z2_148))
(assert
 z0_149)
(assert
 z1_149)
(assert
 (not z1_150))
(assert
 (not z2_150))
(assert
 z0_151)
(assert
 (not z2_151))
(assert
 z0_152)
(assert
 (not z1_152))
(assert
 (not z1_153))
(assert
 (not z2_153))
(assert
 (not z0_154))
(assert
 (not z2_154))
(assert
 (not z0_155))
(assert
 (not z1_155))
(assert
 z1_156)
(assert
 z2_156)
(assert
 (not z0_157))
(assert
 z2_157)
(assert
 (not z0_158))
(assert
 z1_158)
(assert
 (not z1_159))
(assert
 (not z2_159))
(assert
 (not z0_160))
(assert
 (not z2_160))
(assert
 (not z0_161))
(assert
 (not z1_161))
(assert
 (not z1_162))
(assert
 (not z2_162))
(assert
 z0_163)
(assert
 (not z2_163))
(assert
 z0_164)
(assert
 (not z1_164))
(assert
 z1_165)
(assert
 z2_165)
(assert
 (not z0_166))
(assert
 (not z2_166))
(assert
 (not z0_167))
(assert
 (not z1_167))
(assert
 (not z1_168))
(assert
 (not z2_168))
(assert
 (not z0_169))
(assert
 z2_169)
(assert
 (not z0_170))
(assert
 (not z1_170))
(assert
 (not z1_171))
(assert
 (not z2_171))
(assert
 (not z0_172))
(assert
 (not z2_172))
(assert
 z0_173)
(assert
 (not z1_173))
(assert
 z1_174)
(assert
 (not z2_174))
(assert
 z0_175)
(assert
 (not z2_175))
(assert
 (not z0_176))
(assert
 (not z1_176))
(assert
 z1_177)
(assert
 (not z2_177))
(assert
 z0_178)
(assert
 (not z2_178))
(assert
 (not z0_179))
(assert
 z1_179)
(assert
 (not z1_180))
(assert
 (not z2_180))
(assert
 (not z0_181))
(assert
 (not z2_181))
(assert
 (not z0_182))
(assert
 (not z1_182))
(assert
 (not z1_183))
(assert
 (not z2_183))
(assert
 (not z0_184))
(assert
 z2_184)
(assert
 z0_185)
(assert
 (not z1_185))
(assert
 z1_186)
(assert
 (not z2_186))
(assert
 (not z0_187))
(assert
 (not z2_187))
(assert
 (not z0_188))
(assert
 (not z1_188))
(assert
 z1_189)
(assert
 z2_189)
(assert
 (not z0_190))
(assert
 (not z2_190))
(assert
 z0_191)
(assert
 z1_191)
(assert
 (not z1_192))
(assert
 (not z2_192))
(assert
 z0_193)
(assert
 (not z2_193))
(assert
 (not z0_194))
(assert
 (not z1_194))
(assert
 (not z1_195))
(assert
 (not z2_195))
(assert
 (not z0_196))
(assert
 (not z2_196))
(assert
 z0_197)
(assert
 (not z1_197))
(assert
 z1_198)
(assert
 z2_198)
(assert
 (not z0_199))
(assert
 z2_199)
(assert
 (not z0_200))
(assert
 (not z1_200))
(assert
 (not z1_201))
(assert
 (not z2_201))
(assert
 (not z0_202))
(assert
 (not z2_202))
(assert
 (not z0_203))
(assert
 z1_203)
(assert
 (not z1_204))
(assert
 (not z2_204))
(assert
 z0_205)
(assert
 (not z2_205))
(assert
 (not z0_206))
(assert
 (not z1_206))
(assert
 (not z1_207))
(assert
 z2_207)
(assert
 (not z0_208))
(assert
 (not z2_208))
(assert
 z0_209)
(assert
 (not z1_209))
(assert
 z1_210)
(assert
 (not z2_210))
(assert
 (not z0_211))
(assert
 (not z2_211))
(assert
 (not z0_212))
(assert
 (not z1_212))
(assert
 (not z1_213))
(assert
 (not z2_213))
(assert
 (not z0_214))
(assert
 (not z2_214))
(assert
 (not z0_215))
(assert
 (not z1_215))
(assert
 z1_216)
(assert
 (not z2_216))
(assert
 z0_217)
(assert
 (not z2_217))
(assert
 z0_218)
(assert
 (not z1_218))
(assert
 z1_219)
(assert
 (not z2_219))
(assert
 z0_220)
(assert
 (not z2_220))
(assert
 (not z0_221))
(assert
 (not z1_221))
(assert
 (not z1_222))
(assert
 (not z2_222))
(assert
 (not z0_223))
(assert
 (not z2_223))
(assert
 (not z0_224))
(assert
 z1_224)
(assert
 z1_225)
(assert
 (not z2_225))
(assert
 (not z0_226))
(assert
 (not z2_226))
(assert
 z0_227)
(assert
 (not z1_227))
(assert
 (not z1_228))
(assert
 z2_228)
(assert
 (not z0_229))
(assert
 (not z2_229))
(assert
 (not z0_230))
(assert
 (not z1_230))
(assert
 (not z1_231))
(assert
 (not z2_231))
(assert
 z0_232)
(assert
 (not z2_232))
(assert
 z0_233)
(assert
 z1_233)
(assert
 (not z1_234))
(assert
 (not z2_234))
(assert
 (not z0_235))
(assert
 (not z2_235))
(assert
 (not z0_236))
(assert
 (not z1_236))
(assert
 (not z1_237))
(assert
 z2_237)
(assert
 (not z0_238))
(assert
 z2_238)
(assert
 z0_239)
(assert
 (not z1_239))
(assert
 (not z1_240))
(assert
 (not z2_240))
(assert
 (not z0_241))
(assert
 (not z2_241))
(assert
 (not z0_242))
(assert
 (not z1_242))
(assert
 (not z1_243))
(assert
 (not z2_243))
(assert
 z0_244)
(assert
 (not z2_244))
(assert
 (not z0_245))
(assert
 z1_245)
(assert
 (not z1_246))
(assert
 z2_246)
(assert
 (not z0_247))
(assert
 (not z2_247))
(assert
 (not z0_248))
(assert
 (not z1_248))
(assert
 z1_249)
(assert
 (not z2_249))
(assert
 (not z0_250))
(assert
 (not z2_250))
(assert
 z0_251)
(assert
 (not z1_251))
(assert
 (not z1_252))
(assert
 (not z2_252))
(assert
 (not z0_253))
(assert
 z2_253)
(assert
 (not z0_254))
(assert
 (not z1_254))
(assert
 z1_255)
(assert
 (not z2_255))
(assert
 z0_256)
(assert
 (not z2_256))
(assert
 (not z0_257))
(assert
 (not z1_257))
(assert
 z1_258)
(assert
 (not z2_258))
(assert
 z0_259)
(assert
 (not z2_259))
(assert
 z0_260)
(assert
 (not z1_260))
(assert
 (not z1_261))
(assert
 (not z2_261))
(assert
 (not z0_262))
(assert
 (not z2_262))
(assert
 (not z0_263))
(assert
 (not z1_263))
(assert
 (not z1_264))
(assert
 (not z2_264))
(assert
 (not z0_265))
(assert
 z2_265)
(assert
 (not z0_266))
(assert
 z1_266)
(assert
 z1_267)
(assert
 (not z2_267))
(assert
 (not z0_268))
(assert
 (not z2_268))
(assert
 (not z0_269))
(assert
 (not z1_269))
(assert
 (not z1_270))
(assert
 z2_270)
(assert
 (not z0_271))
(assert
 (not z2_271))
(assert
 z0_272)
(assert
 (not z1_272))
(assert
 (not z1_273))
(assert
 (not z2_273))
(assert
 z0_274)
(assert
 (not z2_274))
(assert
 (not z0_275))
(assert
 (not z1_275))
(assert
 (not z1_276))
(assert
 (not z2_276))
(assert
 (not z0_277))
(assert
 (not z2_277))
(assert
 z0_278)
(assert
 z1_278)
(assert
 (not z1_279))
(assert
 z2_279)
(assert
 (not z0_280))
(assert
 z2_280)
(assert
 (not z0_281))
(assert
 (not z1_281))
(assert
 z1_282)
(assert
 z2_282)
(assert
 z0_283)
(assert
 z2_283)
(assert
 (not z0_284))
(assert
 (not z1_284))
(assert
 (not z1_285))
(assert
 (not z2_285))
(assert
 (not z0_286))
(assert
 (not z2_286))
(assert
 z0_287)
(assert
 (not z1_287))
(assert
 (not z1_288))
(assert
 (not z2_288))
(assert
 z0_289)
(assert
 (not z2_289))
(assert
 (not z0_290))
(assert
 (not z1_290))
(assert
 z1_291)
(assert
 z2_291)
(assert
 (not z0_292))
(assert
 (not z2_292))
(assert
 (not z0_293))
(assert
 z1_293)
(assert
 z1_294)
(assert
 (not z2_294))
(assert
 (not z0_295))
(assert
 (not z2_295))
(assert
 (not z0_296))
(assert
 (not z1_296))
(assert
 (not z1_297))
(assert
 (not z2_297))
(assert
 z0_298)
(assert
 z2_298)
(assert
 z0_299)
(assert
 (not z1_299))
(assert
 (not z1_300))
(assert
 (not z2_300))
(assert
 (not z0_301))
(assert
 (not z2_301))
(assert
 (not z0_302))
(assert
 (not z1_302))
(assert
 z1_303)
(assert
 (not z2_303))
(assert
 z0_304)
(assert
 (not z2_304))
(assert
 (not z0_305))
(assert
 (not z1_305))
(assert
 (not z1_306))
(assert
 (not z2_306))
(assert
 (not z0_307))
(assert
 (not z2_307))
(assert
 z0_308)
(assert
 (not z1_308))
(assert
 (not z1_309))
(assert
 (not z2_309))
(assert
 z0_310)
(assert
 z2_310)
(assert
 (not z0_311))
(assert
 (not z1_311))
(assert
 z1_312)
(assert
 (not z2_312))
(assert
 (not z0_313))
(assert
 (not z2_313))
(assert
 (not z0_314))
(assert
 z1_314)
(assert
 z1_315)
(assert
 z2_315)
(assert
 (not z0_316))
(assert
 (not z2_316))
(assert
 (not z0_317))
(assert
 (not z1_317))
(assert
 (not z1_318))
(assert
 (not z2_318))
(assert
 z0_319)
(assert
 (not z2_319))
(assert
 z0_320)
(assert
 (not z1_320))
(assert
 (not z1_321))
(assert
 (not z2_321))
(assert
 (not z0_322))
(assert
 (not z2_322))
(assert
 (not z0_323))
(assert
 (not z1_323))
(assert
 z1_324)
(assert
 z2_324)
(assert
 z0_325)
(assert
 z2_325)
(assert
 z0_326)
(assert
 z1_326)
(assert
 z1_327)
(assert
 z2_327)
(assert
 z0_328)
(assert
 z2_328)
(assert
 z0_329)
(assert
 z1_329)
(assert
 (not z1_330))
(assert
 (not z2_330))
(assert
 (not z0_331))
(assert
 (not z2_331))
(assert
 (not z0_332))
(assert
 (not z1_332))
(assert
 (not z1_333))
(assert
 (not z2_333))
(assert
 z0_334)
(assert
 (not z2_334))
(assert
 z0_335)
(assert
 (not z1_335))
(assert
 z1_336)
(assert
 z2_336)
(assert
 (not z0_337))
(assert
 (not z2_337))
(assert
 (not z0_338))
(assert
 (not z1_338))
(assert
 z1_339)
(assert
 (not z2_339))
(assert
 (not z0_340))
(assert
 (not z2_340))
(assert
 (not z0_341))
(assert
 z1_341)
(assert
 (not z1_342))
(assert
 (not z2_342))
(assert
 z0_343)
(assert
 z2_343)
(assert
 (not z0_344))
(assert
 (not z1_344))
(assert
 (not z1_345))
(assert
 (not z2_345))
(assert
 (not z0_346))
(assert
 (not z2_346))
(assert
 z0_347)
(assert
 (not z1_347))
(assert
 z1_348)
(assert
 (not z2_348))
(assert
 z0_349)
(assert
 (not z2_349))
(assert
 (not z0_350))
(assert
 (not z1_350))
(assert
 (not z1_351))
(assert
 (not z2_351))
(assert
 (not z0_352))
(assert
 (not z2_352))
(assert
 (not z0_353))
(assert
 (not z1_353))
(assert
 (not z1_354))
(assert
 (not z2_354))
(assert
 z0_355)
(assert
 z2_355)
(assert
 z0_356)
(assert
 (not z1_356))
(assert
 z1_357)
(assert
 (not z2_357))
(assert
 (not z0_358))
(assert
 (not z2_358))
(assert
 (not z0_359))
(assert
 (not z1_359))
(assert
 z1_360)
(assert
 z2_360)
(assert
 (not z0_361))
(assert
 (not z2_361))
(assert
 (not z0_362))
(assert
 z1_362)
(assert
 (not z1_363))
(assert
 (not z2_363))
(assert
 z0_364)
(assert
 (not z2_364))
(assert
 (not z0_365))
(assert
 (not z1_365))
(assert
 (not z1_366))
(assert
 (not z2_366))
(assert
 (not z0_367))
(assert
 (not z2_367))
(assert
 z0_368)
(assert
 (not z1_368))
(assert
 z1_369)
(assert
 z2_369)
(assert
 z0_370)
(assert
 z2_370)
(assert
 (not z0_371))
(assert
 (not z1_371))
(assert
 (not z1_372))
(assert
 z2_372)
(assert
 (not z0_373))
(assert
 z2_373)
(assert
 (not z0_374))
(assert
 (not z1_374))
(assert
 (not z1_375))
(assert
 (not z2_375))
(assert
 (not z0_376))
(assert
 (not z2_376))
(assert
 z0_377)
(assert
 z1_377)
(assert
 (not z1_378))
(assert
 (not z2_378))
(assert
 z0_379)
(assert
 (not z2_379))
(assert
 (not z0_380))
(assert
 (not z1_380))
(assert
 (not z1_381))
(assert
 z2_381)
(assert
 (not z0_382))
(assert
 (not z2_382))
(assert
 z0_383)
(assert
 (not z1_383))
(assert
 z1_384)
(assert
 (not z2_384))
(assert
 (not z0_385))
(assert
 (not z2_385))
(assert
 (not z0_386))
(assert
 (not z1_386))
(assert
 (not z1_387))
(assert
 (not z2_387))
(assert
 (not z0_388))
(assert
 z2_388)
(assert
 (not z0_389))
(assert
 z1_389)
(assert
 (not z1_390))
(assert
 (not z2_390))
(assert
 (not z0_391))
(assert
 (not z2_391))
(assert
 (not z0_392))
(assert
 (not z1_392))
(assert
 z1_393)
(assert
 (not z2_393))
(assert
 z0_394)
(assert
 (not z2_394))
(assert
 z0_395)
(assert
 (not z1_395))
(assert
 z1_396)
(assert
 (not z2_396))
(assert
 z0_397)
(assert
 (not z2_397))
(assert
 (not z0_398))
(assert
 (not z1_398))
(assert
 (not z1_399))
(assert
 (not z2_399))
(assert
 (not z0_400))
(assert
 z2_400)
(assert
 (not z0_401))
(assert
 (not z1_401))
(assert
 z1_402)
(assert
 (not z2_402))
(assert
 (not z0_403))
(assert
 (not z2_403))
(assert
 z0_404)
(assert
 (not z1_404))
(assert
 (not z1_405))
(assert
 z2_405)
(assert
 (not z0_406))
(assert
 (not z2_406))
(assert
 (not z0_407))
(assert
 (not z1_407))
(assert
 (not z1_408))
(assert
 (not z2_408))
(assert
 z0_409)
(assert
 (not z2_409))
(assert
 (not z0_410))
(assert
 z1_410)
(assert
 (not z1_411))
(assert
 (not z2_411))
(assert
 (not z0_412))
(assert
 (not z2_412))
(assert
 (not z0_413))
(assert
 (not z1_413))
(assert
 (not z1_414))
(assert
 z2_414)
(assert
 (not z0_415))
(assert
 z2_415)
(assert
 z0_416)
(assert
 (not z1_416))
(assert
 (not z1_417))
(assert
 (not z2_417))
(assert
 (not z0_418))
(assert
 (not z2_418))
(assert
 (not z0_419))
(assert
 (not z1_419))
(assert
 (not z1_420))
(assert
 (not z2_420))
(assert
 z0_421)
(assert
 (not z2_421))
(assert
 z0_422)
(assert
 z1_422)
(assert
 (not z1_423))
(assert
 z2_423)
(assert
 (not z0_424))
(assert
 (not z2_424))
(assert
 (not z0_425))
(assert
 (not z1_425))
(assert
 z1_426)
(assert
 (not z2_426))
(assert
 (not z0_427))
(assert
 (not z2_427))
(assert
 z0_428)
(assert
 (not z1_428))
(assert
 (not z1_429))
(assert
 (not z2_429))
(assert
 (not z0_430))
(assert
 (not z2_430))
(assert
 (not z0_431))
(assert
 z1_431)
(assert
 z1_432)
(assert
 (not z2_432))
(assert
 z0_433)
(assert
 (not z2_433))
(assert
 (not z0_434))
(assert
 (not z1_434))
(assert
 z1_435)
(assert
 (not z2_435))
(assert
 z0_436)
(assert
 (not z2_436))
(assert
 z0_437)
(assert
 (not z1_437))
(assert
 (not z1_438))
(assert
 (not z2_438))
(assert
 (not z0_439))
(assert
 (not z2_439))
(assert
 (not z0_440))
(assert
 (not z1_440))
(assert
 z1_441)
(assert
 (not z2_441))
(assert
 (not z0_442))
(assert
 (not z2_442))
(assert
 (not z0_443))
(assert
 (not z1_443))
(assert
 (not z1_444))
(assert
 z2_444)
(assert
 (not z0_445))
(assert
 (not z2_445))
(assert
 z0_446)
(assert
 (not z1_446))
(assert
 (not z1_447))
(assert
 (not z2_447))
(assert
 z0_448)
(assert
 (not z2_448))
(assert
 (not z0_449))
(assert
 (not z1_449))
(assert
 (not z1_450))
(assert
 (not z2_450))
(assert
 (not z0_451))
(assert
 (not z2_451))
(assert
 (not z0_452))
(assert
 z1_452)
(assert
 z1_453)
(assert
 z2_453)
(assert
 (not z0_454))
(assert
 z2_454)
(assert
 (not z0_455))
(assert
 (not z1_455))
(assert
 (not z1_456))
(assert
 (not z2_456))
(assert
 (not z0_457))
(assert
 (not z2_457))
(assert
 z0_458)
(assert
 (not z1_458))
(assert
 (not z1_459))
(assert
 (not z2_459))
(assert
 z0_460)
(assert
 (not z2_460))
(assert
 (not z0_461))
(assert
 (not z1_461))
(assert
 z1_462)
(assert
 z2_462)
(assert
 (not z0_463))
(assert
 (not z2_463))
(assert
 z0_464)
(assert
 z1_464)
(assert
 z1_465)
(assert
 (not z2_465))
(assert
 (not z0_466))
(assert
 (not z2_466))
(assert
 (not z0_467))
(assert
 (not z1_467))
(assert
 (not z1_468))
(assert
 (not z2_468))
(assert
 (not z0_469))
(assert
 z2_469)
(assert
 z0_470)
(assert
 (not z1_470))
(assert
 (not z1_471))
(assert
 (not z2_471))
(assert
 (not z0_472))
(assert
 (not z2_472))
(assert
 (not z0_473))
(assert
 (not z1_473))
(assert
 z1_474)
(assert
 (not z2_474))
(assert
 z0_475)
(assert
 (not z2_475))
(assert
 (not z0_476))
(assert
 z1_476)
(assert
 z1_477)
(assert
 (not z2_477))
(assert
 z0_478)
(assert
 (not z2_478))
(assert
 (not z0_479))
(assert
 (not z1_479))
(assert
 (not z1_480))
(assert
 (not z2_480))
(assert
 (not z0_481))
(assert
 (not z2_481))
(assert
 z0_482)
(assert
 (not z1_482))
(assert
 (not z1_483))
(assert
 (not z2_483))
(assert
 (not z0_484))
(assert
 z2_484)
(assert
 (not z0_485))
(assert
 (not z1_485))
(assert
 z1_486)
(assert
 z2_486)
(assert
 (not z0_487))
(assert
 (not z2_487))
(assert
 (not z0_488))
(assert
 (not z1_488))
(assert
 (not z1_489))
(assert
 (not z2_489))
(assert
 z0_490)
(assert
 (not z2_490))
(assert
 z0_491)
(assert
 (not z1_491))
(assert
 (not z1_492))
(assert
 (not z2_492))
(assert
 (not z0_493))
(assert
 (not z2_493))
(assert
 (not z0_494))
(assert
 (not z1_494))
(assert
 z1_495)
(assert
 z2_495)
(assert
 (not z0_496))
(assert
 z2_496)
(assert
 (not z0_497))
(assert
 z1_497)
(assert
 (not z1_498))
(assert
 (not z2_498))
(assert
 (not z0_499))
(assert
 (not z2_499))
(assert
 (not z0_500))
(assert
 (not z1_500))
(assert
 (not z1_501))
(assert
 (not z2_501))
(assert
 z0_502)
(assert
 (not z2_502))
(assert
 z0_503)
(assert
 (not z1_503))
(assert
 z1_504)
(assert
 (not z2_504))
(assert
 (not z0_505))
(assert
 (not z2_505))
(assert
 z0_506)
(assert
 z1_506)
(assert
 (not z1_507))
(assert
 (not z2_507))
(assert
 (not z0_508))
(assert
 z2_508)
(assert
 (not z0_509))
(assert
 (not z1_509))
(assert
 (not z1_510))
(assert
 (not z2_510))
(assert
 (not z0_511))
(assert
 (not z2_511))
(assert
 z0_512)
(assert
 (not z1_512))
(assert
 z1_513)
(assert
 (not z2_513))
(assert
 z0_514)
(assert
 (not z2_514))
(assert
 (not z0_515))
(assert
 (not z1_515))
(assert
 z1_516)
(assert
 (not z2_516))
(assert
 z0_517)
(assert
 (not z2_517))
(assert
 (not z0_518))
(assert
 z1_518)
(assert
 (not z1_519))
(assert
 (not z2_519))
(assert
 (not z0_520))
(assert
 (not z2_520))
(assert
 (not z0_521))
(assert
 (not z1_521))
(assert
 (not z1_522))
(assert
 (not z2_522))
(assert
 (not z0_523))
(assert
 z2_523)
(assert
 z0_524)
(assert
 (not z1_524))
(assert
 z1_525)
(assert
 (not z2_525))
(assert
 (not z0_526))
(assert
 (not z2_526))
(assert
 (not z0_527))
(assert
 (not z1_527))
(assert
 (not z1_528))
(assert
 (not z2_528))
(assert
 z0_529)
(assert
 (not z2_529))
(assert
 (not z0_530))
(assert
 (not z1_530))
(assert
 (not z1_531))
(assert
 (not z2_531))
(assert
 (not z0_532))
(assert
 (not z2_532))
(assert
 z0_533)
(assert
 (not z1_533))
(assert
 (not z1_534))
(assert
 z2_534)
(assert
 z0_535)
(assert
 z2_535)
(assert
 (not z0_536))
(assert
 (not z1_536))
(assert
 (not z1_537))
(assert
 (not z2_537))
(assert
 (not z0_538))
(assert
 (not z2_538))
(assert
 (not z0_539))
(assert
 z1_539)
(assert
 (not z1_540))
(assert
 (not z2_540))
(assert
 z0_541)
(assert
 (not z2_541))
(assert
 (not z0_542))
(assert
 (not z1_542))
(assert
 (not z1_543))
(assert
 z2_543)
(assert
 (not z0_544))
(assert
 (not z2_544))
(assert
 z0_545)
(assert
 (not z1_545))
(assert
 z1_546)
(assert
 (not z2_546))
(assert
 (not z0_547))
(assert
 (not z2_547))
(assert
 (not z0_548))
(assert
 (not z1_548))
(assert
 (not z1_549))
(assert
 (not z2_549))
(assert
 z0_550)
(assert
 z2_550)
(assert
 z0_551)
(assert
 z1_551)
(assert
 (not z1_552))
(assert
 (not z2_552))
(assert
 (not z0_553))
(assert
 (not z2_553))
(assert
 (not z0_554))
(assert
 (not z1_554))
(assert
 z1_555)
(assert
 (not z2_555))
(assert
 z0_556)
(assert
 (not z2_556))
(assert
 z0_557)
(assert
 (not z1_557))
(assert
 z1_558)
(assert
 (not z2_558))
(assert
 z0_559)
(assert
 (not z2_559))
(assert
 (not z0_560))
(assert
 (not z1_560))
(assert
 (not z1_561))
(assert
 (not z2_561))
(assert
 (not z0_562))
(assert
 (not z2_562))
(assert
 (not z0_563))
(assert
 z1_563)
(assert
 (not z1_564))
(assert
 (not z2_564))
(assert
 z0_565)
(assert
 z2_565)
(assert
 (not z0_566))
(assert
 (not z1_566))
(assert
 z1_567)
(assert
 (not z2_567))
(assert
 (not z0_568))
(assert
 (not z2_568))
(assert
 z0_569)
(assert
 (not z1_569))
(assert
 (not z1_570))
(assert
 z2_570)
(assert
 (not z0_571))
(assert
 (not z2_571))
(assert
 (not z0_572))
(assert
 (not z1_572))
(assert
 (not z1_573))
(assert
 (not z2_573))
(assert
 (not z0_574))
(assert
 (not z2_574))
(assert
 (not z0_575))
(assert
 (not z1_575))
(assert
 (not z1_576))
(assert
 z2_576)
(assert
 z0_577)
(assert
 z2_577)
(assert
 z0_578)
(assert
 (not z1_578))
(assert
 (not z1_579))
(assert
 z2_579)
(assert
 (not z0_580))
(assert
 z2_580)
(assert
 z0_581)
(assert
 (not z1_581))
(assert
 (not z1_582))
(assert
 (not z2_582))
(assert
 (not z0_583))
(assert
 (not z2_583))
(assert
 (not z0_584))
(assert
 (not z1_584))
(assert
 (not z1_585))
(assert
 (not z2_585))
(assert
 z0_586)
(assert
 (not z2_586))
(assert
 (not z0_587))
(assert
 z1_587)
(assert
 (not z1_588))
(assert
 z2_588)
(assert
 (not z0_589))
(assert
 (not z2_589))
(assert
 (not z0_590))
(assert
 (not z1_590))
(assert
 z1_591)
(assert
 (not z2_591))
(assert
 (not z0_592))
(assert
 (not z2_592))
(assert
 z0_593)
(assert
 (not z1_593))
(assert
 (not z1_594))
(assert
 (not z2_594))
(assert
 (not z0_595))
(assert
 z2_595)
(assert
 (not z0_596))
(assert
 (not z1_596))
(assert
 (not z1_597))
(assert
 (not z2_597))
(assert
 (not z0_598))
(assert
 (not z2_598))
(assert
 z0_599)
(assert
 z1_599)
(assert
 z1_600)
(assert
 (not z2_600))
(assert
 z0_601)
(assert
 (not z2_601))
(assert
 (not z0_602))
(assert
 (not z1_602))
(assert
 z1_603)
(assert
 (not z2_603))
(assert
 z0_604)
(assert
 (not z2_604))
(assert
 z0_605)
(assert
 (not z1_605))
(assert
 (not z1_606))
(assert
 (not z2_606))
(assert
 (not z0_607))
(assert
 (not z2_607))
(assert
 (not z0_608))
(assert
 (not z1_608))
(assert
 (not z1_609))
(assert
 (not z2_609))
(assert
 (not z0_610))
(assert
 z2_610)
(assert
 (not z0_611))
(assert
 z1_611)
(assert
 z1_612)
(assert
 (not z2_612))
(assert
 (not z0_613))
(assert
 (not z2_613))
(assert
 (not z0_614))
(assert
 (not z1_614))
(assert
 (not z1_615))
(assert
 z2_615)
(assert
 (not z0_616))
(assert
 (not z2_616))
(assert
 z0_617)
(assert
 (not z1_617))
(assert
 (not z1_618))
(assert
 (not z2_618))
(assert
 z0_619)
(assert
 (not z2_619))
(assert
 (not z0_620))
(assert
 (not z1_620))
(assert
 (not z1_621))
(assert
 z2_621)
(assert
 (not z0_622))
(assert
 z2_622)
(assert
 (not z0_623))
(assert
 (not z1_623))
(assert
 (not z1_624))
(assert
 (not z2_624))
(assert
 (not z0_625))
(assert
 (not z2_625))
(assert
 z0_626)
(assert
 (not z1_626))
(assert
 (not z1_627))
(assert
 (not z2_627))
(assert
 z0_628)
(assert
 (not z2_628))
(assert
 (not z0_629))
(assert
 (not z1_629))
(assert
 z1_630)
(assert
 (not z2_630))
(assert
 (not z0_631))
(assert
 (not z2_631))
(assert
 (not z0_632))
(assert
 (not z1_632))
(assert
 (not z1_633))
(assert
 (not z2_633))
(assert
 (not z0_634))
(assert
 (not z2_634))
(assert
 (not z0_635))
(assert
 (not z1_635))
(assert
 z1_636)
(assert
 (not z2_636))
(assert
 z0_637)
(assert
 (not z2_637))
(assert
 z0_638)
(assert
 z1_638)
(assert
 z1_639)
(assert
 (not z2_639))
(assert
 z0_640)
(assert
 (not z2_640))
(assert
 (not z0_641))
(assert
 (not z1_641))
(assert
 (not z1_642))
(assert
 (not z2_642))
(assert
 (not z0_643))
(assert
 (not z2_643))
(assert
 z0_644)
(assert
 (not z1_644))
(assert
 z1_645)
(assert
 (not z2_645))
(assert
 (not z0_646))
(assert
 (not z2_646))
(assert
 (not z0_647))
(assert
 z1_647)
(assert
 (not z1_648))
(assert
 (not z2_648))
(assert
 z0_649)
(assert
 (not z2_649))
(assert
 z0_650)
(assert
 (not z1_650))
(assert
 (not z1_651))
(assert
 (not z2_651))
(assert
 (not z0_652))
(assert
 (not z2_652))
(assert
 (not z0_653))
(assert
 (not z1_653))
(assert
 (let (($x11913 (= (not (or z0_653 z1_653 z2_653)) z2_653)))
 (let (($x11908 (= (not (or z0_652 z1_652 z2_652)) z1_652)))
 (let (($x11903 (= (not (or z0_651 z1_651 z2_651)) z0_651)))
 (let (($x11898 (= (not (or z1_650 z2_650 (not z0_650))) z2_650)))
 (let (($x11892 (= (not (or z1_649 z2_649 (not z0_649))) z1_649)))
 (let (($x6876 (not z0_648)))
 (let (($x11884 (or z1_648 z2_648 $x6876)))
 (let (($x11887 (= $x11884 z0_648)))
 (let (($x11882 (= (not (or z0_647 z2_647 (not z1_647))) z2_647)))
 (let (($x6857 (not z1_646)))
 (let (($x11874 (or z0_646 z2_646 $x6857)))
 (let (($x11877 (= $x11874 z1_646)))
 (let (($x11872 (= (not (or z0_645 z2_645 (not z1_645))) z0_645)))
 (let (($x11862 (ite z0_644 (or z1_644 z2_644) (or z2_644 (not z1_644)))))
 (let (($x11866 (= (not $x11862) z2_644)))
 (let (($x11856 (ite z0_643 (or z1_643 z2_643) (or z2_643 (not z1_643)))))
 (let (($x11860 (= $x11856 z1_643)))
 (let (($x11850 (ite z0_642 (or z1_642 z2_642) (or z2_642 (not z1_642)))))
 (let (($x11854 (= $x11850 z0_642)))
 (let (($x11847 (= (not (ite z0_641 (or z1_641 z2_641) z2_641)) z2_641)))
 (let (($x11841 (= (not (ite z0_640 (or z1_640 z2_640) z2_640)) z1_640)))
 (let (($x11835 (= (not (ite z0_639 (or z1_639 z2_639) z2_639)) z0_639)))
 (let (($x11829 (= (not (or z2_638 (not z1_638) (not z0_638))) z2_638)))
 (let (($x6770 (not z1_637)))
 (let (($x11820 (or z2_637 $x6770 (not z0_637))))
 (let (($x11823 (= $x11820 z1_637)))
 (let (($x6760 (not z0_636)))
 (let (($x11815 (or z2_636 $x6760 (not z1_636))))
 (let (($x11818 (= $x11815 z0_636)))
 (let (($x11808 (ite z0_635 (or z2_635 (not z1_635)) (or z1_635 z2_635))))
 (let (($x11812 (= (not $x11808) z2_635)))
 (let (($x11801 (ite z0_634 (or z2_634 (not z1_634)) (or z1_634 z2_634))))
 (let (($x11805 (= (not $x11801) z1_634)))
 (let (($x11793 (ite z0_633 (or z2_633 (not z1_633)) (or z1_633 z2_633))))
 (let (($x11797 (= (not $x11793) z0_633)))
 (let (($x11790 (= (not (ite z0_632 z2_632 (or z1_632 z2_632))) z2_632)))
 (let (($x11784 (= (not (ite z0_631 z2_631 (or z1_631 z2_631))) z1_631)))
 (let (($x11775 (ite z0_630 z2_630 (or z1_630 z2_630))))
 (let (($x11779 (= $x11775 z0_630)))
 (let (($x11773 (= (not (ite z0_629 (or z2_629 (not z1_629)) z2_629)) z2_629)))
 (let (($x11764 (ite z0_628 (or z2_628 (not z1_628)) z2_628)))
 (let (($x11768 (= $x11764 z1_628)))
 (let (($x11762 (= (not (ite z0_627 (or z2_627 (not z1_627)) z2_627)) z0_627)))
 (let (($x11756 (= (not (ite z0_626 z2_626 (or z2_626 (not z1_626)))) z2_626)))
 (let (($x11747 (ite z0_625 z2_625 (or z2_625 (not z1_625)))))
 (let (($x11751 (= $x11747 z1_625)))
 (let (($x11742 (ite z0_624 z2_624 (or z2_624 (not z1_624)))))
 (let (($x11746 (= $x11742 z0_624)))
 (let (($x6635 (not z2_623)))
 (let (($x11738 (or z0_623 z1_623 $x6635)))
 (let (($x11741 (= $x11738 z2_623)))
 (let (($x11736 (= (not (or z0_622 z1_622 (not z2_622))) z1_622)))
 (let (($x11730 (= (not (or z0_621 z1_621 (not z2_621))) z0_621)))
 (let (($x11721 (ite z0_620 (or z1_620 z2_620) (or z1_620 (not z2_620)))))
 (let (($x11725 (= $x11721 z2_620)))
 (let (($x11714 (ite z0_619 (or z1_619 z2_619) (or z1_619 (not z2_619)))))
 (let (($x11718 (= (not $x11714) z1_619)))
 (let (($x11708 (ite z0_618 (or z1_618 z2_618) (or z1_618 (not z2_618)))))
 (let (($x11712 (= $x11708 z0_618)))
 (let (($x11705 (= (not (ite z0_617 (or z1_617 z2_617) z1_617)) z2_617)))
 (let (($x11699 (= (not (ite z0_616 (or z1_616 z2_616) z1_616)) z1_616)))
 (let (($x11693 (= (not (ite z0_615 (or z1_615 z2_615) z1_615)) z0_615)))
 (let (($x11684 (or z0_614 (= z1_614 z2_614))))
 (let (($x11688 (= $x11684 z2_614)))
 (let (($x11679 (or z0_613 (= z1_613 z2_613))))
 (let (($x11683 (= $x11679 z1_613)))
 (let (($x11677 (= (not (or z0_612 (= z1_612 z2_612))) z0_612)))
 (let (($x11671 (= (not (or z0_611 (and z1_611 z2_611))) z2_611)))
 (let (($x11665 (= (not (or z0_610 (and z1_610 z2_610))) z1_610)))
 (let (($x11659 (= (not (or z0_609 (and z1_609 z2_609))) z0_609)))
 (let (($x11650 (ite z0_608 (or z1_608 z2_608) (= z1_608 z2_608))))
 (let (($x11654 (= $x11650 z2_608)))
 (let (($x11644 (ite z0_607 (or z1_607 z2_607) (= z1_607 z2_607))))
 (let (($x11648 (= $x11644 z1_607)))
 (let (($x11638 (ite z0_606 (or z1_606 z2_606) (= z1_606 z2_606))))
 (let (($x11642 (= $x11638 z0_606)))
 (let (($x11635 (= (not (ite z0_605 (or z1_605 z2_605) (and z1_605 z2_605))) z2_605)))
 (let (($x11628 (= (not (ite z0_604 (or z1_604 z2_604) (and z1_604 z2_604))) z1_604)))
 (let (($x11621 (= (not (ite z0_603 (or z1_603 z2_603) (and z1_603 z2_603))) z0_603)))
 (let (($x11611 (ite z0_602 (or z2_602 (not z1_602)) (or z1_602 (not z2_602)))))
 (let (($x11615 (= $x11611 z2_602)))
 (let (($x11605 (ite z0_601 (or z2_601 (not z1_601)) (or z1_601 (not z2_601)))))
 (let (($x11609 (= $x11605 z1_601)))
 (let (($x11599 (ite z0_600 (or z2_600 (not z1_600)) (or z1_600 (not z2_600)))))
 (let (($x11603 (= $x11599 z0_600)))
 (let (($x11595 (= (not (ite z0_599 (or z2_599 (not z1_599)) z1_599)) z2_599)))
 (let (($x11588 (= (not (ite z0_598 (or z2_598 (not z1_598)) z1_598)) z1_598)))
 (let (($x11581 (= (not (ite z0_597 (or z2_597 (not z1_597)) z1_597)) z0_597)))
 (let (($x11572 (ite z0_596 z2_596 (or z1_596 (not z2_596)))))
 (let (($x11576 (= $x11572 z2_596)))
 (let (($x11570 (= (not (ite z0_595 z2_595 (or z1_595 (not z2_595)))) z1_595)))
 (let (($x11560 (ite z0_594 z2_594 (or z1_594 (not z2_594)))))
 (let (($x11564 (= $x11560 z0_594)))
 (let (($x11558 (= (not (ite z0_593 z2_593 z1_593)) z2_593)))
 (let (($x11553 (= (not (ite z0_592 z2_592 z1_592)) z1_592)))
 (let (($x11544 (ite z0_591 z2_591 z1_591)))
 (let (($x11549 (= $x11544 z0_591)))
 (let (($x11541 (ite z0_590 (or z2_590 (not z1_590)) (= z1_590 z2_590))))
 (let (($x11545 (= $x11541 z2_590)))
 (let (($x11535 (ite z0_589 (or z2_589 (not z1_589)) (= z1_589 z2_589))))
 (let (($x11539 (= $x11535 z1_589)))
 (let (($x11532 (= (not (ite z0_588 (or z2_588 (not z1_588)) (= z1_588 z2_588))) z0_588)))
 (let (($x11521 (ite z0_587 (or z2_587 (not z1_587)) (and z1_587 z2_587))))
 (let (($x11525 (= (not $x11521) z2_587)))
 (let (($x11514 (ite z0_586 (or z2_586 (not z1_586)) (and z1_586 z2_586))))
 (let (($x11518 (= $x11514 z1_586)))
 (let (($x11507 (ite z0_585 (or z2_585 (not z1_585)) (and z1_585 z2_585))))
 (let (($x11511 (= (not $x11507) z0_585)))
 (let (($x11501 (ite z0_584 z2_584 (= z1_584 z2_584))))
 (let (($x11505 (= $x11501 z2_584)))
 (let (($x11496 (ite z0_583 z2_583 (= z1_583 z2_583))))
 (let (($x11500 (= $x11496 z1_583)))
 (let (($x11491 (ite z0_582 z2_582 (= z1_582 z2_582))))
 (let (($x11495 (= $x11491 z0_582)))
 (let (($x11489 (= (not (ite z0_581 z2_581 (and z1_581 z2_581))) z2_581)))
 (let (($x11483 (= (not (ite z0_580 z2_580 (and z1_580 z2_580))) z1_580)))
 (let (($x11477 (= (not (ite z0_579 z2_579 (and z1_579 z2_579))) z0_579)))
 (let (($x6165 (not z2_578)))
 (let (($x11469 (or z1_578 $x6165 (not z0_578))))
 (let (($x11472 (= $x11469 z2_578)))
 (let (($x11466 (= (not (or z1_577 (not z2_577) (not z0_577))) z1_577)))
 (let (($x6146 (not z0_576)))
 (let (($x11457 (or z1_576 $x6146 (not z2_576))))
 (let (($x11460 (= $x11457 z0_576)))
 (let (($x11450 (ite z0_575 (or z1_575 (not z2_575)) (or z1_575 z2_575))))
 (let (($x11454 (= (not $x11450) z2_575)))
 (let (($x11442 (ite z0_574 (or z1_574 (not z2_574)) (or z1_574 z2_574))))
 (let (($x11446 (= (not $x11442) z1_574)))
 (let (($x11435 (ite z0_573 (or z1_573 (not z2_573)) (or z1_573 z2_573))))
 (let (($x11439 (= (not $x11435) z0_573)))
 (let (($x11432 (= (not (ite z0_572 z1_572 (or z1_572 z2_572))) z2_572)))
 (let (($x11426 (= (not (ite z0_571 z1_571 (or z1_571 z2_571))) z1_571)))
 (let (($x11417 (ite z0_570 z1_570 (or z1_570 z2_570))))
 (let (($x11421 (= $x11417 z0_570)))
 (let (($x11412 (ite z0_569 (or z1_569 (not z2_569)) (or z2_569 (not z1_569)))))
 (let (($x11416 (= $x11412 z2_569)))
 (let (($x11406 (ite z0_568 (or z1_568 (not z2_568)) (or z2_568 (not z1_568)))))
 (let (($x11410 (= $x11406 z1_568)))
 (let (($x11399 (ite z0_567 (or z1_567 (not z2_567)) (or z2_567 (not z1_567)))))
 (let (($x11403 (= (not $x11399) z0_567)))
 (let (($x11395 (= (not (ite z0_566 (or z1_566 (not z2_566)) z2_566)) z2_566)))
 (let (($x11388 (= (not (ite z0_565 (or z1_565 (not z2_565)) z2_565)) z1_565)))
 (let (($x11381 (= (not (ite z0_564 (or z1_564 (not z2_564)) z2_564)) z0_564)))
 (let (($x11375 (= (not (ite z0_563 z1_563 (or z2_563 (not z1_563)))) z2_563)))
 (let (($x11365 (ite z0_562 z1_562 (or z2_562 (not z1_562)))))
 (let (($x11369 (= $x11365 z1_562)))
 (let (($x11360 (ite z0_561 z1_561 (or z2_561 (not z1_561)))))
 (let (($x11364 (= $x11360 z0_561)))
 (let (($x11358 (= (not (ite z0_560 z1_560 z2_560)) z2_560)))
 (let (($x11353 (= (not (ite z0_559 z1_559 z2_559)) z1_559)))
 (let (($x11348 (= (not (ite z0_558 z1_558 z2_558)) z0_558)))
 (let (($x11340 (or (not z0_557) (= z1_557 z2_557))))
 (let (($x11344 (= $x11340 z2_557)))
 (let (($x11334 (or (not z0_556) (= z1_556 z2_556))))
 (let (($x11338 (= $x11334 z1_556)))
 (let (($x5925 (not z0_555)))
 (let (($x11328 (or $x5925 (= z1_555 z2_555))))
 (let (($x11332 (= $x11328 z0_555)))
 (let (($x11326 (= (not (ite z0_554 (= z1_554 z2_554) (or z1_554 z2_554))) z2_554)))
 (let (($x11319 (= (not (ite z0_553 (= z1_553 z2_553) (or z1_553 z2_553))) z1_553)))
 (let (($x11312 (= (not (ite z0_552 (= z1_552 z2_552) (or z1_552 z2_552))) z0_552)))
 (let (($x11305 (= (not (or (not z0_551) (and z1_551 z2_551))) z2_551)))
 (let (($x11298 (= (not (or (not z0_550) (and z1_550 z2_550))) z1_550)))
 (let (($x5864 (not z0_549)))
 (let (($x11288 (or $x5864 (and z1_549 z2_549))))
 (let (($x11292 (= $x11288 z0_549)))
 (let (($x11286 (= (not (ite z0_548 (and z1_548 z2_548) (or z1_548 z2_548))) z2_548)))
 (let (($x11279 (= (not (ite z0_547 (and z1_547 z2_547) (or z1_547 z2_547))) z1_547)))
 (let (($x11269 (ite z0_546 (and z1_546 z2_546) (or z1_546 z2_546))))
 (let (($x11273 (= $x11269 z0_546)))
 (let (($x11263 (ite z0_545 (= z1_545 z2_545) (or z2_545 (not z1_545)))))
 (let (($x11267 (= $x11263 z2_545)))
 (let (($x11257 (ite z0_544 (= z1_544 z2_544) (or z2_544 (not z1_544)))))
 (let (($x11261 (= $x11257 z1_544)))
 (let (($x11251 (ite z0_543 (= z1_543 z2_543) (or z2_543 (not z1_543)))))
 (let (($x11255 (= $x11251 z0_543)))
 (let (($x11248 (= (not (ite z0_542 (= z1_542 z2_542) z2_542)) z2_542)))
 (let (($x11239 (ite z0_541 (= z1_541 z2_541) z2_541)))
 (let (($x11243 (= $x11239 z1_541)))
 (let (($x11237 (= (not (ite z0_540 (= z1_540 z2_540) z2_540)) z0_540)))
 (let (($x11227 (ite z0_539 (and z1_539 z2_539) (or z2_539 (not z1_539)))))
 (let (($x11231 (= (not $x11227) z2_539)))
 (let (($x11220 (ite z0_538 (and z1_538 z2_538) (or z2_538 (not z1_538)))))
 (let (($x11224 (= $x11220 z1_538)))
 (let (($x11214 (ite z0_537 (and z1_537 z2_537) (or z2_537 (not z1_537)))))
 (let (($x11218 (= $x11214 z0_537)))
 (let (($x11211 (= (not (ite z0_536 (and z1_536 z2_536) z2_536)) z2_536)))
 (let (($x11205 (= (not (ite z0_535 (and z1_535 z2_535) z2_535)) z1_535)))
 (let (($x11196 (ite z0_534 (and z1_534 z2_534) z2_534)))
 (let (($x11200 (= $x11196 z0_534)))
 (let (($x11191 (ite z0_533 (or z1_533 (not z2_533)) z1_533)))
 (let (($x11195 (= $x11191 z2_533)))
 (let (($x11189 (= (not (ite z0_532 (or z1_532 (not z2_532)) z1_532)) z1_532)))
 (let (($x11183 (= (not (ite z0_531 (or z1_531 (not z2_531)) z1_531)) z0_531)))
 (let (($x11174 (ite z0_530 z1_530 (or z1_530 (not z2_530)))))
 (let (($x11178 (= $x11174 z2_530)))
 (let (($x11172 (= (not (ite z0_529 z1_529 (or z1_529 (not z2_529)))) z1_529)))
 (let (($x11163 (ite z0_528 z1_528 (or z1_528 (not z2_528)))))
 (let (($x11167 (= $x11163 z0_528)))
 (let (($x11158 (ite z0_527 (or z1_527 (not z2_527)) (= z1_527 z2_527))))
 (let (($x11162 (= $x11158 z2_527)))
 (let (($x11152 (ite z0_526 (or z1_526 (not z2_526)) (= z1_526 z2_526))))
 (let (($x11156 (= $x11152 z1_526)))
 (let (($x11149 (= (not (ite z0_525 (or z1_525 (not z2_525)) (= z1_525 z2_525))) z0_525)))
 (let (($x11139 (ite z0_524 (or z1_524 (not z2_524)) (and z1_524 z2_524))))
 (let (($x11143 (= $x11139 z2_524)))
 (let (($x11132 (ite z0_523 (or z1_523 (not z2_523)) (and z1_523 z2_523))))
 (let (($x11136 (= (not $x11132) z1_523)))
 (let (($x11124 (ite z0_522 (or z1_522 (not z2_522)) (and z1_522 z2_522))))
 (let (($x11128 (= (not $x11124) z0_522)))
 (let (($x11118 (ite z0_521 z1_521 (= z1_521 z2_521))))
 (let (($x11122 (= $x11118 z2_521)))
 (let (($x11113 (ite z0_520 z1_520 (= z1_520 z2_520))))
 (let (($x11117 (= $x11113 z1_520)))
 (let (($x11108 (ite z0_519 z1_519 (= z1_519 z2_519))))
 (let (($x11112 (= $x11108 z0_519)))
 (let (($x11106 (= (not (ite z0_518 z1_518 (and z1_518 z2_518))) z2_518)))
 (let (($x11100 (= (not (ite z0_517 z1_517 (and z1_517 z2_517))) z1_517)))
 (let (($x11094 (= (not (ite z0_516 z1_516 (and z1_516 z2_516))) z0_516)))
 (let (($x11085 (ite z0_515 (= z1_515 z2_515) (or z1_515 (not z2_515)))))
 (let (($x11089 (= $x11085 z2_515)))
 (let (($x11079 (ite z0_514 (= z1_514 z2_514) (or z1_514 (not z2_514)))))
 (let (($x11083 (= $x11079 z1_514)))
 (let (($x11073 (ite z0_513 (= z1_513 z2_513) (or z1_513 (not z2_513)))))
 (let (($x11077 (= $x11073 z0_513)))
 (let (($x11067 (ite z0_512 (= z1_512 z2_512) z1_512)))
 (let (($x11071 (= $x11067 z2_512)))
 (let (($x11065 (= (not (ite z0_511 (= z1_511 z2_511) z1_511)) z1_511)))
 (let (($x11059 (= (not (ite z0_510 (= z1_510 z2_510) z1_510)) z0_510)))
 (let (($x11050 (ite z0_509 (and z1_509 z2_509) (or z1_509 (not z2_509)))))
 (let (($x11054 (= $x11050 z2_509)))
 (let (($x11043 (ite z0_508 (and z1_508 z2_508) (or z1_508 (not z2_508)))))
 (let (($x11047 (= (not $x11043) z1_508)))
 (let (($x11036 (ite z0_507 (and z1_507 z2_507) (or z1_507 (not z2_507)))))
 (let (($x11040 (= $x11036 z0_507)))
 (let (($x11033 (= (not (ite z0_506 (and z1_506 z2_506) z1_506)) z2_506)))
 (let (($x11027 (= (not (ite z0_505 (and z1_505 z2_505) z1_505)) z1_505)))
 (let (($x11018 (ite z0_504 (and z1_504 z2_504) z1_504)))
 (let (($x11022 (= $x11018 z0_504)))
 (let (($x11013 (ite z0_503 (= z1_503 z2_503) (and z1_503 z2_503))))
 (let (($x11017 (= $x11013 z2_503)))
 (let (($x11007 (ite z0_502 (= z1_502 z2_502) (and z1_502 z2_502))))
 (let (($x11011 (= $x11007 z1_502)))
 (let (($x11004 (= (not (ite z0_501 (= z1_501 z2_501) (and z1_501 z2_501))) z0_501)))
 (let (($x10994 (ite z0_500 (and z1_500 z2_500) (= z1_500 z2_500))))
 (let (($x10998 (= $x10994 z2_500)))
 (let (($x10988 (ite z0_499 (and z1_499 z2_499) (= z1_499 z2_499))))
 (let (($x10992 (= $x10988 z1_499)))
 (let (($x10982 (ite z0_498 (and z1_498 z2_498) (= z1_498 z2_498))))
 (let (($x10986 (= $x10982 z0_498)))
 (let (($x5291 (not z2_497)))
 (let (($x10977 (or z0_497 $x5291 (not z1_497))))
 (let (($x10980 (= $x10977 z2_497)))
 (let (($x5281 (not z1_496)))
 (let (($x10972 (or z0_496 $x5281 (not z2_496))))
 (let (($x10975 (= $x10972 z1_496)))
 (let (($x10969 (= (not (or z0_495 (not z2_495) (not z1_495))) z0_495)))
 (let (($x10962 (= (not (or z0_494 (= z1_494 (not z2_494)))) z2_494)))
 (let (($x10955 (= (not (or z0_493 (= z1_493 (not z2_493)))) z1_493)))
 (let (($x10949 (= (not (or z0_492 (= z1_492 (not z2_492)))) z0_492)))
 (let (($x10939 (ite z0_491 (or z1_491 z2_491) (or (not z1_491) (not z2_491)))))
 (let (($x10943 (= (not $x10939) z2_491)))
 (let (($x10931 (ite z0_490 (or z1_490 z2_490) (or (not z1_490) (not z2_490)))))
 (let (($x10935 (= (not $x10931) z1_490)))
 (let (($x10924 (ite z0_489 (or z1_489 z2_489) (or (not z1_489) (not z2_489)))))
 (let (($x10928 (= $x10924 z0_489)))
 (let (($x10921 (= (not (ite z0_488 (or z1_488 z2_488) (= z1_488 (not z2_488)))) z2_488)))
 (let (($x10913 (= (not (ite z0_487 (or z1_487 z2_487) (= z1_487 (not z2_487)))) z1_487)))
 (let (($x10906 (= (not (ite z0_486 (or z1_486 z2_486) (= z1_486 (not z2_486)))) z0_486)))
 (let (($x10898 (= (not (or z0_485 (and (not z1_485) z2_485))) z2_485)))
 (let (($x10889 (or z0_484 (and (not z1_484) z2_484))))
 (let (($x10893 (= $x10889 z1_484)))
 (let (($x10887 (= (not (or z0_483 (and (not z1_483) z2_483))) z0_483)))
 (let (($x10881 (= (not (ite z0_482 (or z1_482 z2_482) (not z1_482))) z2_482)))
 (let (($x5126 (not z1_481)))
 (let (($x10872 (ite z0_481 (or z1_481 z2_481) $x5126)))
 (let (($x10876 (= $x10872 z1_481)))
 (let (($x7636 (not z1_480)))
 (let (($x10867 (ite z0_480 (or z1_480 z2_480) $x7636)))
 (let (($x10871 (= $x10867 z0_480)))
 (let (($x10861 (ite z0_479 (or z1_479 z2_479) (and (not z1_479) z2_479))))
 (let (($x10865 (= (not $x10861) z2_479)))
 (let (($x10854 (ite z0_478 (or z1_478 z2_478) (and (not z1_478) z2_478))))
 (let (($x10858 (= (not $x10854) z1_478)))
 (let (($x10846 (ite z0_477 (or z1_477 z2_477) (and (not z1_477) z2_477))))
 (let (($x10850 (= (not $x10846) z0_477)))
 (let (($x10839 (ite z0_476 (or z2_476 (not z1_476)) (or (not z1_476) (not z2_476)))))
 (let (($x10843 (= $x10839 z2_476)))
 (let (($x10832 (ite z0_475 (or z2_475 (not z1_475)) (or (not z1_475) (not z2_475)))))
 (let (($x10836 (= $x10832 z1_475)))
 (let (($x10826 (ite z0_474 (or z2_474 (not z1_474)) (or (not z1_474) (not z2_474)))))
 (let (($x10830 (= $x10826 z0_474)))
 (let (($x10818 (ite z0_473 (or z2_473 (not z1_473)) (= z1_473 (not z2_473)))))
 (let (($x10822 (= (not $x10818) z2_473)))
 (let (($x10810 (ite z0_472 (or z2_472 (not z1_472)) (= z1_472 (not z2_472)))))
 (let (($x10814 (= (not $x10810) z1_472)))
 (let (($x10802 (ite z0_471 (or z2_471 (not z1_471)) (= z1_471 (not z2_471)))))
 (let (($x10806 (= (not $x10802) z0_471)))
 (let (($x10799 (= (not (ite z0_470 z2_470 (or (not z1_470) (not z2_470)))) z2_470)))
 (let (($x10789 (ite z0_469 z2_469 (or (not z1_469) (not z2_469)))))
 (let (($x10793 (= $x10789 z1_469)))
 (let (($x10783 (ite z0_468 z2_468 (or (not z1_468) (not z2_468)))))
 (let (($x10787 (= $x10783 z0_468)))
 (let (($x10781 (= (not (ite z0_467 z2_467 (= z1_467 (not z2_467)))) z2_467)))
 (let (($x10774 (= (not (ite z0_466 z2_466 (= z1_466 (not z2_466)))) z1_466)))
 (let (($x10765 (ite z0_465 z2_465 (= z1_465 (not z2_465)))))
 (let (($x10769 (= $x10765 z0_465)))
 (let (($x10763 (= (not (ite z0_464 (or z2_464 (not z1_464)) (not z1_464))) z2_464)))
 (let (($x4932 (not z1_463)))
 (let (($x10753 (ite z0_463 (or z2_463 $x4932) $x4932)))
 (let (($x10757 (= $x10753 z1_463)))
 (let (($x10751 (= (not (ite z0_462 (or z2_462 (not z1_462)) (not z1_462))) z0_462)))
 (let (($x10740 (ite z0_461 (or z2_461 (not z1_461)) (and (not z1_461) z2_461))))
 (let (($x10744 (= (not $x10740) z2_461)))
 (let (($x10734 (ite z0_460 (or z2_460 (not z1_460)) (and (not z1_460) z2_460))))
 (let (($x10738 (= $x10734 z1_460)))
 (let (($x10727 (ite z0_459 (or z2_459 (not z1_459)) (and (not z1_459) z2_459))))
 (let (($x10731 (= (not $x10727) z0_459)))
 (let (($x10724 (= (not (ite z0_458 z2_458 (not z1_458))) z2_458)))
 (let (($x4872 (not z1_457)))
 (let (($x10715 (ite z0_457 z2_457 $x4872)))
 (let (($x10720 (= $x10715 z1_457)))
 (let (($x7602 (not z1_456)))
 (let (($x10712 (ite z0_456 z2_456 $x7602)))
 (let (($x10716 (= $x10712 z0_456)))
 (let (($x10711 (= (not (ite z0_455 z2_455 (and (not z1_455) z2_455))) z2_455)))
 (let (($x10702 (ite z0_454 z2_454 (and (not z1_454) z2_454))))
 (let (($x10706 (= $x10702 z1_454)))
 (let (($x10700 (= (not (ite z0_453 z2_453 (and (not z1_453) z2_453))) z0_453)))
 (let (($x10690 (or z0_452 (and z1_452 (not z2_452)))))
 (let (($x10694 (= $x10690 z2_452)))
 (let (($x10688 (= (not (or z0_451 (and z1_451 (not z2_451)))) z1_451)))
 (let (($x10682 (= (not (or z0_450 (and z1_450 (not z2_450)))) z0_450)))
 (let (($x4795 (not z2_449)))
 (let (($x10673 (ite z0_449 (or z1_449 z2_449) $x4795)))
 (let (($x10677 (= $x10673 z2_449)))
 (let (($x10671 (= (not (ite z0_448 (or z1_448 z2_448) (not z2_448))) z1_448)))
 (let (($x7590 (not z2_447)))
 (let (($x10662 (ite z0_447 (or z1_447 z2_447) $x7590)))
 (let (($x10666 (= $x10662 z0_447)))
 (let (($x10656 (ite z0_446 (or z1_446 z2_446) (and z1_446 (not z2_446)))))
 (let (($x10660 (= (not $x10656) z2_446)))
 (let (($x10648 (ite z0_445 (or z1_445 z2_445) (and z1_445 (not z2_445)))))
 (let (($x10652 (= (not $x10648) z1_445)))
 (let (($x10641 (ite z0_444 (or z1_444 z2_444) (and z1_444 (not z2_444)))))
 (let (($x10645 (= (not $x10641) z0_444)))
 (let (($x10634 (or z0_443 (and (not z1_443) (not z2_443)))))
 (let (($x10638 (= $x10634 z2_443)))
 (let (($x10629 (or z0_442 (and (not z1_442) (not z2_442)))))
 (let (($x10633 (= $x10629 z1_442)))
 (let (($x10627 (= (not (or z0_441 (and (not z1_441) (not z2_441)))) z0_441)))
 (let (($x10617 (ite z0_440 (or z1_440 z2_440) (and (not z1_440) (not z2_440)))))
 (let (($x10621 (= $x10617 z2_440)))
 (let (($x10611 (ite z0_439 (or z1_439 z2_439) (and (not z1_439) (not z2_439)))))
 (let (($x10615 (= $x10611 z1_439)))
 (let (($x10605 (ite z0_438 (or z1_438 z2_438) (and (not z1_438) (not z2_438)))))
 (let (($x10609 (= $x10605 z0_438)))
 (let (($x10602 (= (not (and z0_437 (or z1_437 z2_437))) z2_437)))
 (let (($x10596 (= (not (and z0_436 (or z1_436 z2_436))) z1_436)))
 (let (($x10590 (= (not (and z0_435 (or z1_435 z2_435))) z0_435)))
 (let (($x4638 (not z2_434)))
 (let (($x10581 (ite z0_434 (or z2_434 (not z1_434)) $x4638)))
 (let (($x10585 (= $x10581 z2_434)))
 (let (($x7568 (not z2_433)))
 (let (($x10576 (ite z0_433 (or z2_433 (not z1_433)) $x7568)))
 (let (($x10580 (= $x10576 z1_433)))
 (let (($x7567 (not z2_432)))
 (let (($x10571 (ite z0_432 (or z2_432 (not z1_432)) $x7567)))
 (let (($x10575 (= $x10571 z0_432)))
 (let (($x10565 (ite z0_431 (or z2_431 (not z1_431)) (and z1_431 (not z2_431)))))
 (let (($x10569 (= $x10565 z2_431)))
 (let (($x10557 (ite z0_430 (or z2_430 (not z1_430)) (and z1_430 (not z2_430)))))
 (let (($x10561 (= (not $x10557) z1_430)))
 (let (($x10549 (ite z0_429 (or z2_429 (not z1_429)) (and z1_429 (not z2_429)))))
 (let (($x10553 (= (not $x10549) z0_429)))
 (let (($x10546 (= (not (ite z0_428 z2_428 (and z1_428 (not z2_428)))) z2_428)))
 (let (($x10539 (= (not (ite z0_427 z2_427 (and z1_427 (not z2_427)))) z1_427)))
 (let (($x10530 (ite z0_426 z2_426 (and z1_426 (not z2_426)))))
 (let (($x10534 (= $x10530 z0_426)))
 (let (($x10525 (ite z0_425 (or z2_425 (not z1_425)) (and (not z1_425) (not z2_425)))))
 (let (($x10529 (= $x10525 z2_425)))
 (let (($x10519 (ite z0_424 (or z2_424 (not z1_424)) (and (not z1_424) (not z2_424)))))
 (let (($x10523 (= $x10519 z1_424)))
 (let (($x10512 (ite z0_423 (or z2_423 (not z1_423)) (and (not z1_423) (not z2_423)))))
 (let (($x10516 (= (not $x10512) z0_423)))
 (let (($x10508 (= (not (and z0_422 (or z2_422 (not z1_422)))) z2_422)))
 (let (($x10498 (and z0_421 (or z2_421 (not z1_421)))))
 (let (($x10502 (= $x10498 z1_421)))
 (let (($x10496 (= (not (and z0_420 (or z2_420 (not z1_420)))) z0_420)))
 (let (($x10487 (ite z0_419 z2_419 (and (not z1_419) (not z2_419)))))
 (let (($x10491 (= $x10487 z2_419)))
 (let (($x10482 (ite z0_418 z2_418 (and (not z1_418) (not z2_418)))))
 (let (($x10486 (= $x10482 z1_418)))
 (let (($x10477 (ite z0_417 z2_417 (and (not z1_417) (not z2_417)))))
 (let (($x10481 (= $x10477 z0_417)))
 (let (($x10472 (ite z0_416 (or z1_416 (not z2_416)) (or (not z1_416) (not z2_416)))))
 (let (($x10476 (= $x10472 z2_416)))
 (let (($x10466 (ite z0_415 (or z1_415 (not z2_415)) (or (not z1_415) (not z2_415)))))
 (let (($x10470 (= $x10466 z1_415)))
 (let (($x10459 (ite z0_414 (or z1_414 (not z2_414)) (or (not z1_414) (not z2_414)))))
 (let (($x10463 (= $x10459 z0_414)))
 (let (($x10451 (ite z0_413 (or z1_413 (not z2_413)) (= z1_413 (not z2_413)))))
 (let (($x10455 (= (not $x10451) z2_413)))
 (let (($x10443 (ite z0_412 (or z1_412 (not z2_412)) (= z1_412 (not z2_412)))))
 (let (($x10447 (= (not $x10443) z1_412)))
 (let (($x10436 (ite z0_411 (or z1_411 (not z2_411)) (= z1_411 (not z2_411)))))
 (let (($x10440 (= (not $x10436) z0_411)))
 (let (($x10430 (ite z0_410 z1_410 (or (not z1_410) (not z2_410)))))
 (let (($x10434 (= $x10430 z2_410)))
 (let (($x10427 (= (not (ite z0_409 z1_409 (or (not z1_409) (not z2_409)))) z1_409)))
 (let (($x10417 (ite z0_408 z1_408 (or (not z1_408) (not z2_408)))))
 (let (($x10421 (= $x10417 z0_408)))
 (let (($x10415 (= (not (ite z0_407 z1_407 (= z1_407 (not z2_407)))) z2_407)))
 (let (($x10408 (= (not (ite z0_406 z1_406 (= z1_406 (not z2_406)))) z1_406)))
 (let (($x10399 (ite z0_405 z1_405 (= z1_405 (not z2_405)))))
 (let (($x10403 (= $x10399 z0_405)))
 (let (($x7525 (not z1_404)))
 (let (($x10393 (ite z0_404 (or z1_404 (not z2_404)) $x7525)))
 (let (($x10397 (= $x10393 z2_404)))
 (let (($x4301 (not z1_403)))
 (let (($x10388 (ite z0_403 (or z1_403 (not z2_403)) $x4301)))
 (let (($x10392 (= $x10388 z1_403)))
 (let (($x10386 (= (not (ite z0_402 (or z1_402 (not z2_402)) (not z1_402))) z0_402)))
 (let (($x10375 (ite z0_401 (or z1_401 (not z2_401)) (and (not z1_401) z2_401))))
 (let (($x10379 (= (not $x10375) z2_401)))
 (let (($x10368 (ite z0_400 (or z1_400 (not z2_400)) (and (not z1_400) z2_400))))
 (let (($x10372 (= $x10368 z1_400)))
 (let (($x10360 (ite z0_399 (or z1_399 (not z2_399)) (and (not z1_399) z2_399))))
 (let (($x10364 (= (not $x10360) z0_399)))
 (let (($x10357 (= (not (ite z0_398 z1_398 (and (not z1_398) z2_398))) z2_398)))
 (let (($x10351 (= (not (ite z0_397 z1_397 (and (not z1_397) z2_397))) z1_397)))
 (let (($x10344 (= (not (ite z0_396 z1_396 (and (not z1_396) z2_396))) z0_396)))
 (let (($x10334 (ite z0_395 (= z1_395 z2_395) (or (not z1_395) (not z2_395)))))
 (let (($x10338 (= $x10334 z2_395)))
 (let (($x10328 (ite z0_394 (= z1_394 z2_394) (or (not z1_394) (not z2_394)))))
 (let (($x10332 (= $x10328 z1_394)))
 (let (($x10322 (ite z0_393 (= z1_393 z2_393) (or (not z1_393) (not z2_393)))))
 (let (($x10326 (= $x10322 z0_393)))
 (let (($x10318 (= (not (ite z0_392 (= z1_392 z2_392) (= z1_392 (not z2_392)))) z2_392)))
 (let (($x10310 (= (not (ite z0_391 (= z1_391 z2_391) (= z1_391 (not z2_391)))) z1_391)))
 (let (($x10303 (= (not (ite z0_390 (= z1_390 z2_390) (= z1_390 (not z2_390)))) z0_390)))
 (let (($x10293 (ite z0_389 (and z1_389 z2_389) (or (not z1_389) (not z2_389)))))
 (let (($x10297 (= $x10293 z2_389)))
 (let (($x10286 (ite z0_388 (and z1_388 z2_388) (or (not z1_388) (not z2_388)))))
 (let (($x10290 (= $x10286 z1_388)))
 (let (($x10279 (ite z0_387 (and z1_387 z2_387) (or (not z1_387) (not z2_387)))))
 (let (($x10283 (= $x10279 z0_387)))
 (let (($x10272 (ite z0_386 (and z1_386 z2_386) (= z1_386 (not z2_386)))))
 (let (($x10276 (= (not $x10272) z2_386)))
 (let (($x10264 (ite z0_385 (and z1_385 z2_385) (= z1_385 (not z2_385)))))
 (let (($x10268 (= (not $x10264) z1_385)))
 (let (($x10258 (ite z0_384 (and z1_384 z2_384) (= z1_384 (not z2_384)))))
 (let (($x10262 (= $x10258 z0_384)))
 (let (($x7494 (not z1_383)))
 (let (($x10252 (ite z0_383 (= z1_383 z2_383) $x7494)))
 (let (($x10256 (= $x10252 z2_383)))
 (let (($x4064 (not z1_382)))
 (let (($x10247 (ite z0_382 (= z1_382 z2_382) $x4064)))
 (let (($x10251 (= $x10247 z1_382)))
 (let (($x7491 (not z1_381)))
 (let (($x10241 (ite z0_381 (= z1_381 z2_381) $x7491)))
 (let (($x10246 (= $x10241 z0_381)))
 (let (($x10236 (ite z0_380 (= z1_380 z2_380) (and (not z1_380) z2_380))))
 (let (($x10240 (= (not $x10236) z2_380)))
 (let (($x10230 (ite z0_379 (= z1_379 z2_379) (and (not z1_379) z2_379))))
 (let (($x10234 (= $x10230 z1_379)))
 (let (($x10223 (ite z0_378 (= z1_378 z2_378) (and (not z1_378) z2_378))))
 (let (($x10227 (= (not $x10223) z0_378)))
 (let (($x10220 (= (not (ite z0_377 (and z1_377 z2_377) (not z1_377))) z2_377)))
 (let (($x3997 (not z1_376)))
 (let (($x10210 (ite z0_376 (and z1_376 z2_376) $x3997)))
 (let (($x10214 (= $x10210 z1_376)))
 (let (($x7482 (not z1_375)))
 (let (($x10205 (ite z0_375 (and z1_375 z2_375) $x7482)))
 (let (($x10209 (= $x10205 z0_375)))
 (let (($x10199 (ite z0_374 (and z1_374 z2_374) (and (not z1_374) z2_374))))
 (let (($x10203 (= (not $x10199) z2_374)))
 (let (($x10193 (ite z0_373 (and z1_373 z2_373) (and (not z1_373) z2_373))))
 (let (($x10197 (= $x10193 z1_373)))
 (let (($x10187 (ite z0_372 (and z1_372 z2_372) (and (not z1_372) z2_372))))
 (let (($x10191 (= $x10187 z0_372)))
 (let (($x3944 (not z2_371)))
 (let (($x10181 (ite z0_371 (or z1_371 $x3944) $x3944)))
 (let (($x10185 (= $x10181 z2_371)))
 (let (($x10179 (= (not (ite z0_370 (or z1_370 (not z2_370)) (not z2_370))) z1_370)))
 (let (($x10172 (= (not (ite z0_369 (or z1_369 (not z2_369)) (not z2_369))) z0_369)))
 (let (($x10162 (ite z0_368 (or z1_368 (not z2_368)) (and z1_368 (not z2_368)))))
 (let (($x10166 (= $x10162 z2_368)))
 (let (($x10155 (ite z0_367 (or z1_367 (not z2_367)) (and z1_367 (not z2_367)))))
 (let (($x10159 (= (not $x10155) z1_367)))
 (let (($x10148 (ite z0_366 (or z1_366 (not z2_366)) (and z1_366 (not z2_366)))))
 (let (($x10152 (= (not $x10148) z0_366)))
 (let (($x3885 (not z2_365)))
 (let (($x10142 (ite z0_365 z1_365 $x3885)))
 (let (($x10146 (= $x10142 z2_365)))
 (let (($x10141 (= (not (ite z0_364 z1_364 (not z2_364))) z1_364)))
 (let (($x7467 (not z2_363)))
 (let (($x10132 (ite z0_363 z1_363 $x7467)))
 (let (($x10137 (= $x10132 z0_363)))
 (let (($x10129 (ite z0_362 z1_362 (and z1_362 (not z2_362)))))
 (let (($x10133 (= $x10129 z2_362)))
 (let (($x10127 (= (not (ite z0_361 z1_361 (and z1_361 (not z2_361)))) z1_361)))
 (let (($x10121 (= (not (ite z0_360 z1_360 (and z1_360 (not z2_360)))) z0_360)))
 (let (($x10111 (ite z0_359 (or z1_359 (not z2_359)) (and (not z1_359) (not z2_359)))))
 (let (($x10115 (= $x10111 z2_359)))
 (let (($x10105 (ite z0_358 (or z1_358 (not z2_358)) (and (not z1_358) (not z2_358)))))
 (let (($x10109 (= $x10105 z1_358)))
 (let (($x10098 (ite z0_357 (or z1_357 (not z2_357)) (and (not z1_357) (not z2_357)))))
 (let (($x10102 (= (not $x10098) z0_357)))
 (let (($x10091 (and z0_356 (or z1_356 (not z2_356)))))
 (let (($x10095 (= $x10091 z2_356)))
 (let (($x10089 (= (not (and z0_355 (or z1_355 (not z2_355)))) z1_355)))
 (let (($x10082 (= (not (and z0_354 (or z1_354 (not z2_354)))) z0_354)))
 (let (($x10073 (ite z0_353 z1_353 (and (not z1_353) (not z2_353)))))
 (let (($x10077 (= $x10073 z2_353)))
 (let (($x10068 (ite z0_352 z1_352 (and (not z1_352) (not z2_352)))))
 (let (($x10072 (= $x10068 z1_352)))
 (let (($x10063 (ite z0_351 z1_351 (and (not z1_351) (not z2_351)))))
 (let (($x10067 (= $x10063 z0_351)))
 (let (($x3731 (not z2_350)))
 (let (($x10058 (ite z0_350 (= z1_350 z2_350) $x3731)))
 (let (($x10062 (= $x10058 z2_350)))
 (let (($x7446 (not z2_349)))
 (let (($x10053 (ite z0_349 (= z1_349 z2_349) $x7446)))
 (let (($x10057 (= $x10053 z1_349)))
 (let (($x7445 (not z2_348)))
 (let (($x10048 (ite z0_348 (= z1_348 z2_348) $x7445)))
 (let (($x10052 (= $x10048 z0_348)))
 (let (($x10043 (ite z0_347 (= z1_347 z2_347) (and z1_347 (not z2_347)))))
 (let (($x10047 (= $x10043 z2_347)))
 (let (($x10036 (ite z0_346 (= z1_346 z2_346) (and z1_346 (not z2_346)))))
 (let (($x10040 (= (not $x10036) z1_346)))
 (let (($x10029 (ite z0_345 (= z1_345 z2_345) (and z1_345 (not z2_345)))))
 (let (($x10033 (= (not $x10029) z0_345)))
 (let (($x3664 (not z2_344)))
 (let (($x10023 (ite z0_344 (and z1_344 z2_344) $x3664)))
 (let (($x10027 (= $x10023 z2_344)))
 (let (($x10021 (= (not (ite z0_343 (and z1_343 z2_343) (not z2_343))) z1_343)))
 (let (($x7437 (not z2_342)))
 (let (($x10011 (ite z0_342 (and z1_342 z2_342) $x7437)))
 (let (($x10015 (= $x10011 z0_342)))
 (let (($x10006 (ite z0_341 (and z1_341 z2_341) (and z1_341 (not z2_341)))))
 (let (($x10010 (= $x10006 z2_341)))
 (let (($x9999 (ite z0_340 (and z1_340 z2_340) (and z1_340 (not z2_340)))))
 (let (($x10003 (= (not $x9999) z1_340)))
 (let (($x9993 (ite z0_339 (and z1_339 z2_339) (and z1_339 (not z2_339)))))
 (let (($x9997 (= $x9993 z0_339)))
 (let (($x9987 (ite z0_338 (= z1_338 z2_338) (and (not z1_338) (not z2_338)))))
 (let (($x9991 (= $x9987 z2_338)))
 (let (($x9981 (ite z0_337 (= z1_337 z2_337) (and (not z1_337) (not z2_337)))))
 (let (($x9985 (= $x9981 z1_337)))
 (let (($x9974 (ite z0_336 (= z1_336 z2_336) (and (not z1_336) (not z2_336)))))
 (let (($x9978 (= (not $x9974) z0_336)))
 (let (($x9966 (and z0_335 (= z1_335 z2_335))))
 (let (($x9970 (= $x9966 z2_335)))
 (let (($x9961 (and z0_334 (= z1_334 z2_334))))
 (let (($x9965 (= $x9961 z1_334)))
 (let (($x9959 (= (not (and z0_333 (= z1_333 z2_333))) z0_333)))
 (let (($x9950 (ite z0_332 (and z1_332 z2_332) (and (not z1_332) (not z2_332)))))
 (let (($x9954 (= $x9950 z2_332)))
 (let (($x9944 (ite z0_331 (and z1_331 z2_331) (and (not z1_331) (not z2_331)))))
 (let (($x9948 (= $x9944 z1_331)))
 (let (($x9938 (ite z0_330 (and z1_330 z2_330) (and (not z1_330) (not z2_330)))))
 (let (($x9942 (= $x9938 z0_330)))
 (let (($x9935 (= (not (and z0_329 z1_329 z2_329)) z2_329)))
 (let (($x9930 (= (not (and z0_328 z1_328 z2_328)) z1_328)))
 (let (($x9925 (= (not (and z0_327 z1_327 z2_327)) z0_327)))
 (let (($x3468 (not z2_326)))
 (let (($x9918 (or $x3468 (not z1_326) (not z0_326))))
 (let (($x9921 (= $x9918 z2_326)))
 (let (($x3458 (not z1_325)))
 (let (($x9912 (or $x3458 (not z2_325) (not z0_325))))
 (let (($x9915 (= $x9912 z1_325)))
 (let (($x3448 (not z0_324)))
 (let (($x9906 (or $x3448 (not z2_324) (not z1_324))))
 (let (($x9909 (= $x9906 z0_324)))
 (let (($x9898 (ite z0_323 (or (not z1_323) (not z2_323)) (or z1_323 z2_323))))
 (let (($x9902 (= (not $x9898) z2_323)))
 (let (($x9890 (ite z0_322 (or (not z1_322) (not z2_322)) (or z1_322 z2_322))))
 (let (($x9894 (= (not $x9890) z1_322)))
 (let (($x9882 (ite z0_321 (or (not z1_321) (not z2_321)) (or z1_321 z2_321))))
 (let (($x9886 (= (not $x9882) z0_321)))
 (let (($x9879 (= (not (or (not z0_320) (= z1_320 (not z2_320)))) z2_320)))
 (let (($x9871 (= (not (or (not z0_319) (= z1_319 (not z2_319)))) z1_319)))
 (let (($x3384 (not z0_318)))
 (let (($x9861 (or $x3384 (= z1_318 (not z2_318)))))
 (let (($x9865 (= $x9861 z0_318)))
 (let (($x9859 (= (not (ite z0_317 (= z1_317 (not z2_317)) (or z1_317 z2_317))) z2_317)))
 (let (($x9851 (= (not (ite z0_316 (= z1_316 (not z2_316)) (or z1_316 z2_316))) z1_316)))
 (let (($x9841 (ite z0_315 (= z1_315 (not z2_315)) (or z1_315 z2_315))))
 (let (($x9845 (= $x9841 z0_315)))
 (let (($x9833 (ite z0_314 (or (not z1_314) (not z2_314)) (or z2_314 (not z1_314)))))
 (let (($x9837 (= (not $x9833) z2_314)))
 (let (($x9825 (ite z0_313 (or (not z1_313) (not z2_313)) (or z2_313 (not z1_313)))))
 (let (($x9829 (= $x9825 z1_313)))
 (let (($x9818 (ite z0_312 (or (not z1_312) (not z2_312)) (or z2_312 (not z1_312)))))
 (let (($x9822 (= (not $x9818) z0_312)))
 (let (($x9814 (= (not (ite z0_311 (or (not z1_311) (not z2_311)) z2_311)) z2_311)))
 (let (($x9804 (ite z0_310 (or (not z1_310) (not z2_310)) z2_310)))
 (let (($x9808 (= $x9804 z1_310)))
 (let (($x9801 (= (not (ite z0_309 (or (not z1_309) (not z2_309)) z2_309)) z0_309)))
 (let (($x9791 (ite z0_308 (= z1_308 (not z2_308)) (or z2_308 (not z1_308)))))
 (let (($x9795 (= (not $x9791) z2_308)))
 (let (($x9784 (ite z0_307 (= z1_307 (not z2_307)) (or z2_307 (not z1_307)))))
 (let (($x9788 (= $x9784 z1_307)))
 (let (($x9778 (ite z0_306 (= z1_306 (not z2_306)) (or z2_306 (not z1_306)))))
 (let (($x9782 (= $x9778 z0_306)))
 (let (($x9775 (= (not (ite z0_305 (= z1_305 (not z2_305)) z2_305)) z2_305)))
 (let (($x9768 (= (not (ite z0_304 (= z1_304 (not z2_304)) z2_304)) z1_304)))
 (let (($x9762 (= (not (ite z0_303 (= z1_303 (not z2_303)) z2_303)) z0_303)))
 (let (($x9756 (= (not (ite z0_302 (not z1_302) (or z1_302 z2_302))) z2_302)))
 (let (($x9750 (= (not (ite z0_301 (not z1_301) (or z1_301 z2_301))) z1_301)))
 (let (($x9743 (= (not (ite z0_300 (not z1_300) (or z1_300 z2_300))) z0_300)))
 (let (($x9737 (= (not (or (not z0_299) (and (not z1_299) z2_299))) z2_299)))
 (let (($x9727 (or (not z0_298) (and (not z1_298) z2_298))))
 (let (($x9731 (= $x9727 z1_298)))
 (let (($x3161 (not z0_297)))
 (let (($x9721 (or $x3161 (and (not z1_297) z2_297))))
 (let (($x9725 (= $x9721 z0_297)))
 (let (($x9715 (ite z0_296 (and (not z1_296) z2_296) (or z1_296 z2_296))))
 (let (($x9719 (= (not $x9715) z2_296)))
 (let (($x9708 (ite z0_295 (and (not z1_295) z2_295) (or z1_295 z2_295))))
 (let (($x9712 (= (not $x9708) z1_295)))
 (let (($x9701 (ite z0_294 (and (not z1_294) z2_294) (or z1_294 z2_294))))
 (let (($x9705 (= $x9701 z0_294)))
 (let (($x9697 (= (not (ite z0_293 (not z1_293) (or z2_293 (not z1_293)))) z2_293)))
 (let (($x3109 (not z1_292)))
 (let (($x9687 (ite z0_292 $x3109 (or z2_292 $x3109))))
 (let (($x9691 (= $x9687 z1_292)))
 (let (($x9680 (not z1_291)))
 (let (($x9682 (ite z0_291 $x9680 (or z2_291 $x9680))))
 (let (($x9686 (= $x9682 z0_291)))
 (let (($x9679 (= (not (ite z0_290 (not z1_290) z2_290)) z2_290)))
 (let (($x3079 (not z1_289)))
 (let (($x9671 (ite z0_289 $x3079 z2_289)))
 (let (($x9675 (= $x9671 z1_289)))
 (let (($x9670 (= (not (ite z0_288 (not z1_288) z2_288)) z0_288)))
 (let (($x9661 (ite z0_287 (and (not z1_287) z2_287) (or z2_287 (not z1_287)))))
 (let (($x9665 (= (not $x9661) z2_287)))
 (let (($x9655 (ite z0_286 (and (not z1_286) z2_286) (or z2_286 (not z1_286)))))
 (let (($x9659 (= $x9655 z1_286)))
 (let (($x9649 (ite z0_285 (and (not z1_285) z2_285) (or z2_285 (not z1_285)))))
 (let (($x9653 (= $x9649 z0_285)))
 (let (($x9646 (= (not (ite z0_284 (and (not z1_284) z2_284) z2_284)) z2_284)))
 (let (($x9637 (ite z0_283 (and (not z1_283) z2_283) z2_283)))
 (let (($x9641 (= $x9637 z1_283)))
 (let (($x9632 (ite z0_282 (and (not z1_282) z2_282) z2_282)))
 (let (($x9636 (= $x9632 z0_282)))
 (let (($x9626 (ite z0_281 (or (not z1_281) (not z2_281)) (or z1_281 (not z2_281)))))
 (let (($x9630 (= $x9626 z2_281)))
 (let (($x9619 (ite z0_280 (or (not z1_280) (not z2_280)) (or z1_280 (not z2_280)))))
 (let (($x9623 (= (not $x9619) z1_280)))
 (let (($x9610 (ite z0_279 (or (not z1_279) (not z2_279)) (or z1_279 (not z2_279)))))
 (let (($x9614 (= (not $x9610) z0_279)))
 (let (($x9603 (ite z0_278 (or (not z1_278) (not z2_278)) z1_278)))
 (let (($x9607 (= $x9603 z2_278)))
 (let (($x9600 (= (not (ite z0_277 (or (not z1_277) (not z2_277)) z1_277)) z1_277)))
 (let (($x9593 (= (not (ite z0_276 (or (not z1_276) (not z2_276)) z1_276)) z0_276)))
 (let (($x9584 (ite z0_275 (= z1_275 (not z2_275)) (or z1_275 (not z2_275)))))
 (let (($x9588 (= $x9584 z2_275)))
 (let (($x9577 (ite z0_274 (= z1_274 (not z2_274)) (or z1_274 (not z2_274)))))
 (let (($x9581 (= (not $x9577) z1_274)))
 (let (($x9571 (ite z0_273 (= z1_273 (not z2_273)) (or z1_273 (not z2_273)))))
 (let (($x9575 (= $x9571 z0_273)))
 (let (($x9568 (= (not (ite z0_272 (= z1_272 (not z2_272)) z1_272)) z2_272)))
 (let (($x9561 (= (not (ite z0_271 (= z1_271 (not z2_271)) z1_271)) z1_271)))
 (let (($x9555 (= (not (ite z0_270 (= z1_270 (not z2_270)) z1_270)) z0_270)))
 (let (($x9545 (ite z0_269 (or (not z1_269) (not z2_269)) (= z1_269 z2_269))))
 (let (($x9549 (= $x9545 z2_269)))
 (let (($x9539 (ite z0_268 (or (not z1_268) (not z2_268)) (= z1_268 z2_268))))
 (let (($x9543 (= $x9539 z1_268)))
 (let (($x9532 (ite z0_267 (or (not z1_267) (not z2_267)) (= z1_267 z2_267))))
 (let (($x9536 (= (not $x9532) z0_267)))
 (let (($x9524 (ite z0_266 (or (not z1_266) (not z2_266)) (and z1_266 z2_266))))
 (let (($x9528 (= (not $x9524) z2_266)))
 (let (($x9515 (ite z0_265 (or (not z1_265) (not z2_265)) (and z1_265 z2_265))))
 (let (($x9519 (= (not $x9515) z1_265)))
 (let (($x9506 (ite z0_264 (or (not z1_264) (not z2_264)) (and z1_264 z2_264))))
 (let (($x9510 (= (not $x9506) z0_264)))
 (let (($x9500 (ite z0_263 (= z1_263 (not z2_263)) (= z1_263 z2_263))))
 (let (($x9504 (= $x9500 z2_263)))
 (let (($x9494 (ite z0_262 (= z1_262 (not z2_262)) (= z1_262 z2_262))))
 (let (($x9498 (= $x9494 z1_262)))
 (let (($x9488 (ite z0_261 (= z1_261 (not z2_261)) (= z1_261 z2_261))))
 (let (($x9492 (= $x9488 z0_261)))
 (let (($x9481 (ite z0_260 (= z1_260 (not z2_260)) (and z1_260 z2_260))))
 (let (($x9485 (= (not $x9481) z2_260)))
 (let (($x9473 (ite z0_259 (= z1_259 (not z2_259)) (and z1_259 z2_259))))
 (let (($x9477 (= (not $x9473) z1_259)))
 (let (($x9466 (ite z0_258 (= z1_258 (not z2_258)) (and z1_258 z2_258))))
 (let (($x9470 (= (not $x9466) z0_258)))
 (let (($x7322 (not z1_257)))
 (let (($x9460 (ite z0_257 $x7322 (or z1_257 (not z2_257)))))
 (let (($x9464 (= $x9460 z2_257)))
 (let (($x2720 (not z1_256)))
 (let (($x9455 (ite z0_256 $x2720 (or z1_256 (not z2_256)))))
 (let (($x9459 (= $x9455 z1_256)))
 (let (($x9450 (ite z0_255 (not z1_255) (or z1_255 (not z2_255)))))
 (let (($x9454 (= $x9450 z0_255)))
 (let (($x9444 (ite z0_254 (and (not z1_254) z2_254) (or z1_254 (not z2_254)))))
 (let (($x9448 (= $x9444 z2_254)))
 (let (($x9437 (ite z0_253 (and (not z1_253) z2_253) (or z1_253 (not z2_253)))))
 (let (($x9441 (= (not $x9437) z1_253)))
 (let (($x9429 (ite z0_252 (and (not z1_252) z2_252) (or z1_252 (not z2_252)))))
 (let (($x9433 (= $x9429 z0_252)))
 (let (($x9426 (= (not (ite z0_251 (and (not z1_251) z2_251) z1_251)) z2_251)))
 (let (($x9420 (= (not (ite z0_250 (and (not z1_250) z2_250) z1_250)) z1_250)))
 (let (($x9410 (ite z0_249 (and (not z1_249) z2_249) z1_249)))
 (let (($x9414 (= $x9410 z0_249)))
 (let (($x7309 (not z1_248)))
 (let (($x9404 (ite z0_248 $x7309 (= z1_248 z2_248))))
 (let (($x9408 (= $x9404 z2_248)))
 (let (($x2619 (not z1_247)))
 (let (($x9399 (ite z0_247 $x2619 (= z1_247 z2_247))))
 (let (($x9403 (= $x9399 z1_247)))
 (let (($x9397 (= (not (ite z0_246 (not z1_246) (= z1_246 z2_246))) z0_246)))
 (let (($x9391 (= (not (ite z0_245 (not z1_245) (and z1_245 z2_245))) z2_245)))
 (let (($x2587 (not z1_244)))
 (let (($x9381 (ite z0_244 $x2587 (and z1_244 z2_244))))
 (let (($x9385 (= $x9381 z1_244)))
 (let (($x9379 (= (not (ite z0_243 (not z1_243) (and z1_243 z2_243))) z0_243)))
 (let (($x9370 (ite z0_242 (and (not z1_242) z2_242) (= z1_242 z2_242))))
 (let (($x9374 (= $x9370 z2_242)))
 (let (($x9364 (ite z0_241 (and (not z1_241) z2_241) (= z1_241 z2_241))))
 (let (($x9368 (= $x9364 z1_241)))
 (let (($x9358 (ite z0_240 (and (not z1_240) z2_240) (= z1_240 z2_240))))
 (let (($x9362 (= $x9358 z0_240)))
 (let (($x9351 (ite z0_239 (and (not z1_239) z2_239) (and z1_239 z2_239))))
 (let (($x9355 (= (not $x9351) z2_239)))
 (let (($x9344 (ite z0_238 (and (not z1_238) z2_238) (and z1_238 z2_238))))
 (let (($x9348 (= (not $x9344) z1_238)))
 (let (($x9336 (ite z0_237 (and (not z1_237) z2_237) (and z1_237 z2_237))))
 (let (($x9340 (= (not $x9336) z0_237)))
 (let (($x9333 (= (not (ite z0_236 (not z2_236) (or z1_236 z2_236))) z2_236)))
 (let (($x9326 (= (not (ite z0_235 (not z2_235) (or z1_235 z2_235))) z1_235)))
 (let (($x9320 (= (not (ite z0_234 (not z2_234) (or z1_234 z2_234))) z0_234)))
 (let (($x9311 (or (not z0_233) (and z1_233 (not z2_233)))))
 (let (($x9315 (= $x9311 z2_233)))
 (let (($x9308 (= (not (or (not z0_232) (and z1_232 (not z2_232)))) z1_232)))
 (let (($x2452 (not z0_231)))
 (let (($x9298 (or $x2452 (and z1_231 (not z2_231)))))
 (let (($x9302 (= $x9298 z0_231)))
 (let (($x9292 (ite z0_230 (and z1_230 (not z2_230)) (or z1_230 z2_230))))
 (let (($x9296 (= (not $x9292) z2_230)))
 (let (($x9284 (ite z0_229 (and z1_229 (not z2_229)) (or z1_229 z2_229))))
 (let (($x9288 (= (not $x9284) z1_229)))
 (let (($x9278 (ite z0_228 (and z1_228 (not z2_228)) (or z1_228 z2_228))))
 (let (($x9282 (= $x9278 z0_228)))
 (let (($x2407 (not z2_227)))
 (let (($x9271 (ite z0_227 $x2407 (or z2_227 (not z1_227)))))
 (let (($x9275 (= $x9271 z2_227)))
 (let (($x7276 (not z2_226)))
 (let (($x9266 (ite z0_226 $x7276 (or z2_226 (not z1_226)))))
 (let (($x9270 (= $x9266 z1_226)))
 (let (($x9264 (= (not (ite z0_225 (not z2_225) (or z2_225 (not z1_225)))) z0_225)))
 (let (($x9253 (ite z0_224 (and z1_224 (not z2_224)) (or z2_224 (not z1_224)))))
 (let (($x9257 (= (not $x9253) z2_224)))
 (let (($x9245 (ite z0_223 (and z1_223 (not z2_223)) (or z2_223 (not z1_223)))))
 (let (($x9249 (= $x9245 z1_223)))
 (let (($x9239 (ite z0_222 (and z1_222 (not z2_222)) (or z2_222 (not z1_222)))))
 (let (($x9243 (= $x9239 z0_222)))
 (let (($x9236 (= (not (ite z0_221 (and z1_221 (not z2_221)) z2_221)) z2_221)))
 (let (($x9229 (= (not (ite z0_220 (and z1_220 (not z2_220)) z2_220)) z1_220)))
 (let (($x9223 (= (not (ite z0_219 (and z1_219 (not z2_219)) z2_219)) z0_219)))
 (let (($x9214 (or (not z0_218) (and (not z1_218) (not z2_218)))))
 (let (($x9218 (= $x9214 z2_218)))
 (let (($x9208 (or (not z0_217) (and (not z1_217) (not z2_217)))))
 (let (($x9212 (= $x9208 z1_217)))
 (let (($x2291 (not z0_216)))
 (let (($x9202 (or $x2291 (and (not z1_216) (not z2_216)))))
 (let (($x9206 (= $x9202 z0_216)))
 (let (($x9195 (ite z0_215 (and (not z1_215) (not z2_215)) (or z1_215 z2_215))))
 (let (($x9199 (= (not $x9195) z2_215)))
 (let (($x9187 (ite z0_214 (and (not z1_214) (not z2_214)) (or z1_214 z2_214))))
 (let (($x9191 (= (not $x9187) z1_214)))
 (let (($x9179 (ite z0_213 (and (not z1_213) (not z2_213)) (or z1_213 z2_213))))
 (let (($x9183 (= (not $x9179) z0_213)))
 (let (($x9176 (= (not (and (not z0_212) (or z1_212 z2_212))) z2_212)))
 (let (($x9170 (= (not (and (not z0_211) (or z1_211 z2_211))) z1_211)))
 (let (($x2230 (not z0_210)))
 (let (($x9161 (and $x2230 (or z1_210 z2_210))))
 (let (($x9165 (= $x9161 z0_210)))
 (let (($x9156 (ite z0_209 (and (not z1_209) (not z2_209)) (or z2_209 (not z1_209)))))
 (let (($x9160 (= $x9156 z2_209)))
 (let (($x9150 (ite z0_208 (and (not z1_208) (not z2_208)) (or z2_208 (not z1_208)))))
 (let (($x9154 (= $x9150 z1_208)))
 (let (($x9144 (ite z0_207 (and (not z1_207) (not z2_207)) (or z2_207 (not z1_207)))))
 (let (($x9148 (= $x9144 z0_207)))
 (let (($x9140 (= (not (ite z0_206 (and (not z1_206) (not z2_206)) z2_206)) z2_206)))
 (let (($x9130 (ite z0_205 (and (not z1_205) (not z2_205)) z2_205)))
 (let (($x9134 (= $x9130 z1_205)))
 (let (($x9128 (= (not (ite z0_204 (and (not z1_204) (not z2_204)) z2_204)) z0_204)))
 (let (($x9122 (= (not (and (not z0_203) (or z2_203 (not z1_203)))) z2_203)))
 (let (($x7239 (not z0_202)))
 (let (($x9112 (and $x7239 (or z2_202 (not z1_202)))))
 (let (($x9116 (= $x9112 z1_202)))
 (let (($x2134 (not z0_201)))
 (let (($x9107 (and $x2134 (or z2_201 (not z1_201)))))
 (let (($x9111 (= $x9107 z0_201)))
 (let (($x2124 (not z2_200)))
 (let (($x9102 (ite z0_200 $x2124 (or z1_200 $x2124))))
 (let (($x9106 (= $x9102 z2_200)))
 (let (($x9100 (= (not (ite z0_199 (not z2_199) (or z1_199 (not z2_199)))) z1_199)))
 (let (($x9087 (not z2_198)))
 (let (($x9090 (ite z0_198 $x9087 (or z1_198 $x9087))))
 (let (($x9094 (= $x9090 z0_198)))
 (let (($x2095 (not z2_197)))
 (let (($x9084 (ite z0_197 $x2095 z1_197)))
 (let (($x9088 (= $x9084 z2_197)))
 (let (($x9083 (= (not (ite z0_196 (not z2_196) z1_196)) z1_196)))
 (let (($x9078 (= (not (ite z0_195 (not z2_195) z1_195)) z0_195)))
 (let (($x9070 (ite z0_194 (and z1_194 (not z2_194)) (or z1_194 (not z2_194)))))
 (let (($x9074 (= $x9070 z2_194)))
 (let (($x9063 (ite z0_193 (and z1_193 (not z2_193)) (or z1_193 (not z2_193)))))
 (let (($x9067 (= (not $x9063) z1_193)))
 (let (($x9057 (ite z0_192 (and z1_192 (not z2_192)) (or z1_192 (not z2_192)))))
 (let (($x9061 (= $x9057 z0_192)))
 (let (($x9051 (ite z0_191 (and z1_191 (not z2_191)) z1_191)))
 (let (($x9055 (= $x9051 z2_191)))
 (let (($x9049 (= (not (ite z0_190 (and z1_190 (not z2_190)) z1_190)) z1_190)))
 (let (($x9040 (ite z0_189 (and z1_189 (not z2_189)) z1_189)))
 (let (($x9044 (= $x9040 z0_189)))
 (let (($x2002 (not z2_188)))
 (let (($x9034 (ite z0_188 $x2002 (= z1_188 z2_188))))
 (let (($x9038 (= $x9034 z2_188)))
 (let (($x7219 (not z2_187)))
 (let (($x9029 (ite z0_187 $x7219 (= z1_187 z2_187))))
 (let (($x9033 (= $x9029 z1_187)))
 (let (($x9027 (= (not (ite z0_186 (not z2_186) (= z1_186 z2_186))) z0_186)))
 (let (($x1970 (not z2_185)))
 (let (($x9018 (ite z0_185 $x1970 (and z1_185 z2_185))))
 (let (($x9022 (= $x9018 z2_185)))
 (let (($x9016 (= (not (ite z0_184 (not z2_184) (and z1_184 z2_184))) z1_184)))
 (let (($x9009 (= (not (ite z0_183 (not z2_183) (and z1_183 z2_183))) z0_183)))
 (let (($x9000 (ite z0_182 (and z1_182 (not z2_182)) (= z1_182 z2_182))))
 (let (($x9004 (= $x9000 z2_182)))
 (let (($x8994 (ite z0_181 (and z1_181 (not z2_181)) (= z1_181 z2_181))))
 (let (($x8998 (= $x8994 z1_181)))
 (let (($x8988 (ite z0_180 (and z1_180 (not z2_180)) (= z1_180 z2_180))))
 (let (($x8992 (= $x8988 z0_180)))
 (let (($x8981 (ite z0_179 (and z1_179 (not z2_179)) (and z1_179 z2_179))))
 (let (($x8985 (= (not $x8981) z2_179)))
 (let (($x8973 (ite z0_178 (and z1_178 (not z2_178)) (and z1_178 z2_178))))
 (let (($x8977 (= (not $x8973) z1_178)))
 (let (($x8966 (ite z0_177 (and z1_177 (not z2_177)) (and z1_177 z2_177))))
 (let (($x8970 (= (not $x8966) z0_177)))
 (let (($x8960 (ite z0_176 (and (not z1_176) (not z2_176)) (or z1_176 (not z2_176)))))
 (let (($x8964 (= $x8960 z2_176)))
 (let (($x8954 (ite z0_175 (and (not z1_175) (not z2_175)) (or z1_175 (not z2_175)))))
 (let (($x8958 (= $x8954 z1_175)))
 (let (($x8948 (ite z0_174 (and (not z1_174) (not z2_174)) (or z1_174 (not z2_174)))))
 (let (($x8952 (= $x8948 z0_174)))
 (let (($x8941 (ite z0_173 (and (not z1_173) (not z2_173)) z1_173)))
 (let (($x8945 (= $x8941 z2_173)))
 (let (($x8939 (= (not (ite z0_172 (and (not z1_172) (not z2_172)) z1_172)) z1_172)))
 (let (($x8932 (= (not (ite z0_171 (and (not z1_171) (not z2_171)) z1_171)) z0_171)))
 (let (($x7193 (not z0_170)))
 (let (($x8923 (and $x7193 (or z1_170 (not z2_170)))))
 (let (($x8927 (= $x8923 z2_170)))
 (let (($x8921 (= (not (and (not z0_169) (or z1_169 (not z2_169)))) z1_169)))
 (let (($x1788 (not z0_168)))
 (let (($x8911 (and $x1788 (or z1_168 (not z2_168)))))
 (let (($x8915 (= $x8911 z0_168)))
 (let (($x8906 (ite z0_167 (and (not z1_167) (not z2_167)) (= z1_167 z2_167))))
 (let (($x8910 (= $x8906 z2_167)))
 (let (($x8900 (ite z0_166 (and (not z1_166) (not z2_166)) (= z1_166 z2_166))))
 (let (($x8904 (= $x8900 z1_166)))
 (let (($x8894 (ite z0_165 (and (not z1_165) (not z2_165)) (= z1_165 z2_165))))
 (let (($x8898 (= $x8894 z0_165)))
 (let (($x8886 (ite z0_164 (and (not z1_164) (not z2_164)) (and z1_164 z2_164))))
 (let (($x8890 (= $x8886 z2_164)))
 (let (($x8880 (ite z0_163 (and (not z1_163) (not z2_163)) (and z1_163 z2_163))))
 (let (($x8884 (= $x8880 z1_163)))
 (let (($x8873 (ite z0_162 (and (not z1_162) (not z2_162)) (and z1_162 z2_162))))
 (let (($x8877 (= (not $x8873) z0_162)))
 (let (($x7180 (not z0_161)))
 (let (($x8867 (and $x7180 (= z1_161 z2_161))))
 (let (($x8871 (= $x8867 z2_161)))
 (let (($x7178 (not z0_160)))
 (let (($x8862 (and $x7178 (= z1_160 z2_160))))
 (let (($x8866 (= $x8862 z1_160)))
 (let (($x1684 (not z0_159)))
 (let (($x8857 (and $x1684 (= z1_159 z2_159))))
 (let (($x8861 (= $x8857 z0_159)))
 (let (($x8855 (= (not (and (not z0_158) z1_158 z2_158)) z2_158)))
 (let (($x8850 (= (not (and (not z0_157) z1_157 z2_157)) z1_157)))
 (let (($x1656 (not z0_156)))
 (let (($x8843 (and $x1656 z1_156 z2_156)))
 (let (($x8846 (= $x8843 z0_156)))
 (let (($x8837 (ite z0_155 (or (not z1_155) (not z2_155)) (= z1_155 (not z2_155)))))
 (let (($x8841 (= (not $x8837) z2_155)))
 (let (($x8829 (ite z0_154 (or (not z1_154) (not z2_154)) (= z1_154 (not z2_154)))))
 (let (($x8833 (= (not $x8829) z1_154)))
 (let (($x8821 (ite z0_153 (or (not z1_153) (not z2_153)) (= z1_153 (not z2_153)))))
 (let (($x8825 (= (not $x8821) z0_153)))
 (let (($x8814 (ite z0_152 (= z1_152 (not z2_152)) (or (not z1_152) (not z2_152)))))
 (let (($x8818 (= (not $x8814) z2_152)))
 (let (($x8806 (ite z0_151 (= z1_151 (not z2_151)) (or (not z1_151) (not z2_151)))))
 (let (($x8810 (= (not $x8806) z1_151)))
 (let (($x8799 (ite z0_150 (= z1_150 (not z2_150)) (or (not z1_150) (not z2_150)))))
 (let (($x8803 (= $x8799 z0_150)))
 (let (($x8790 (not z1_149)))
 (let (($x8793 (ite z0_149 (or $x8790 (not z2_149)) $x8790)))
 (let (($x8797 (= $x8793 z2_149)))
 (let (($x1567 (not z1_148)))
 (let (($x8787 (ite z0_148 (or $x1567 (not z2_148)) $x1567)))
 (let (($x8791 (= $x8787 z1_148)))
 (let (($x8785 (= (not (ite z0_147 (or (not z1_147) (not z2_147)) (not z1_147))) z0_147)))
 (let (($x8774 (ite z0_146 (or (not z1_146) (not z2_146)) (and (not z1_146) z2_146))))
 (let (($x8778 (= (not $x8774) z2_146)))
 (let (($x8767 (ite z0_145 (or (not z1_145) (not z2_145)) (and (not z1_145) z2_145))))
 (let (($x8771 (= $x8767 z1_145)))
 (let (($x8759 (ite z0_144 (or (not z1_144) (not z2_144)) (and (not z1_144) z2_144))))
 (let (($x8763 (= (not $x8759) z0_144)))
 (let (($x8756 (= (not (ite z0_143 (= z1_143 (not z2_143)) (not z1_143))) z2_143)))
 (let (($x1500 (not z1_142)))
 (let (($x8746 (ite z0_142 (= z1_142 (not z2_142)) $x1500)))
 (let (($x8750 (= $x8746 z1_142)))
 (let (($x7151 (not z1_141)))
 (let (($x8741 (ite z0_141 (= z1_141 (not z2_141)) $x7151)))
 (let (($x8745 (= $x8741 z0_141)))
 (let (($x8735 (ite z0_140 (= z1_140 (not z2_140)) (and (not z1_140) z2_140))))
 (let (($x8739 (= (not $x8735) z2_140)))
 (let (($x8727 (ite z0_139 (= z1_139 (not z2_139)) (and (not z1_139) z2_139))))
 (let (($x8731 (= (not $x8727) z1_139)))
 (let (($x8719 (ite z0_138 (= z1_138 (not z2_138)) (and (not z1_138) z2_138))))
 (let (($x8723 (= (not $x8719) z0_138)))
 (let (($x8709 (not z1_137)))
 (let (($x8712 (ite z0_137 $x8709 (or $x8709 (not z2_137)))))
 (let (($x8716 (= $x8712 z2_137)))
 (let (($x1433 (not z1_136)))
 (let (($x8706 (ite z0_136 $x1433 (or $x1433 (not z2_136)))))
 (let (($x8710 (= $x8706 z1_136)))
 (let (($x8699 (not z1_135)))
 (let (($x8701 (ite z0_135 $x8699 (or $x8699 (not z2_135)))))
 (let (($x8705 (= $x8701 z0_135)))
 (let (($x8698 (= (not (ite z0_134 (not z1_134) (= z1_134 (not z2_134)))) z2_134)))
 (let (($x8691 (= (not (ite z0_133 (not z1_133) (= z1_133 (not z2_133)))) z1_133)))
 (let (($x8684 (= (not (ite z0_132 (not z1_132) (= z1_132 (not z2_132)))) z0_132)))
 (let (($x8674 (ite z0_131 (and (not z1_131) z2_131) (or (not z1_131) (not z2_131)))))
 (let (($x8678 (= (not $x8674) z2_131)))
 (let (($x8667 (ite z0_130 (and (not z1_130) z2_130) (or (not z1_130) (not z2_130)))))
 (let (($x8671 (= $x8667 z1_130)))
 (let (($x8660 (ite z0_129 (and (not z1_129) z2_129) (or (not z1_129) (not z2_129)))))
 (let (($x8664 (= $x8660 z0_129)))
 (let (($x8653 (ite z0_128 (and (not z1_128) z2_128) (= z1_128 (not z2_128)))))
 (let (($x8657 (= (not $x8653) z2_128)))
 (let (($x8645 (ite z0_127 (and (not z1_127) z2_127) (= z1_127 (not z2_127)))))
 (let (($x8649 (= (not $x8645) z1_127)))
 (let (($x8638 (ite z0_126 (and (not z1_126) z2_126) (= z1_126 (not z2_126)))))
 (let (($x8642 (= $x8638 z0_126)))
 (let (($x8634 (= (not (ite z0_125 (not z1_125) (and (not z1_125) z2_125))) z2_125)))
 (let (($x1299 (not z1_124)))
 (let (($x8625 (ite z0_124 $x1299 (and $x1299 z2_124))))
 (let (($x8629 (= $x8625 z1_124)))
 (let (($x8623 (= (not (ite z0_123 (not z1_123) (and (not z1_123) z2_123))) z0_123)))
 (let (($x8617 (= (not (ite z0_122 (and (not z1_122) z2_122) (not z1_122))) z2_122)))
 (let (($x1268 (not z1_121)))
 (let (($x8608 (ite z0_121 (and $x1268 z2_121) $x1268)))
 (let (($x8612 (= $x8608 z1_121)))
 (let (($x7119 (not z1_120)))
 (let (($x8603 (ite z0_120 (and $x7119 z2_120) $x7119)))
 (let (($x8607 (= $x8603 z0_120)))
 (let (($x1247 (not z2_119)))
 (let (($x8598 (ite z0_119 (or (not z1_119) $x1247) $x1247)))
 (let (($x8602 (= $x8598 z2_119)))
 (let (($x8591 (not z2_118)))
 (let (($x8593 (ite z0_118 (or (not z1_118) $x8591) $x8591)))
 (let (($x8597 (= $x8593 z1_118)))
 (let (($x8590 (= (not (ite z0_117 (or (not z1_117) (not z2_117)) (not z2_117))) z0_117)))
 (let (($x8580 (ite z0_116 (or (not z1_116) (not z2_116)) (and z1_116 (not z2_116)))))
 (let (($x8584 (= $x8580 z2_116)))
 (let (($x8572 (ite z0_115 (or (not z1_115) (not z2_115)) (and z1_115 (not z2_115)))))
 (let (($x8576 (= (not $x8572) z1_115)))
 (let (($x8564 (ite z0_114 (or (not z1_114) (not z2_114)) (and z1_114 (not z2_114)))))
 (let (($x8568 (= (not $x8564) z0_114)))
 (let (($x1186 (not z2_113)))
 (let (($x8558 (ite z0_113 (= z1_113 $x1186) $x1186)))
 (let (($x8562 (= $x8558 z2_113)))
 (let (($x8556 (= (not (ite z0_112 (= z1_112 (not z2_112)) (not z2_112))) z1_112)))
 (let (($x7107 (not z2_111)))
 (let (($x8547 (ite z0_111 (= z1_111 $x7107) $x7107)))
 (let (($x8551 (= $x8547 z0_111)))
 (let (($x8541 (ite z0_110 (= z1_110 (not z2_110)) (and z1_110 (not z2_110)))))
 (let (($x8545 (= (not $x8541) z2_110)))
 (let (($x8533 (ite z0_109 (= z1_109 (not z2_109)) (and z1_109 (not z2_109)))))
 (let (($x8537 (= (not $x8533) z1_109)))
 (let (($x8526 (ite z0_108 (= z1_108 (not z2_108)) (and z1_108 (not z2_108)))))
 (let (($x8530 (= (not $x8526) z0_108)))
 (let (($x8519 (ite z0_107 (or (not z1_107) (not z2_107)) (and (not z1_107) (not z2_107)))))
 (let (($x8523 (= $x8519 z2_107)))
 (let (($x8513 (ite z0_106 (or (not z1_106) (not z2_106)) (and (not z1_106) (not z2_106)))))
 (let (($x8517 (= $x8513 z1_106)))
 (let (($x8506 (ite z0_105 (or (not z1_105) (not z2_105)) (and (not z1_105) (not z2_105)))))
 (let (($x8510 (= (not $x8506) z0_105)))
 (let (($x8499 (and z0_104 (or (not z1_104) (not z2_104)))))
 (let (($x8503 (= $x8499 z2_104)))
 (let (($x8493 (and z0_103 (or (not z1_103) (not z2_103)))))
 (let (($x8497 (= $x8493 z1_103)))
 (let (($x8490 (= (not (and z0_102 (or (not z1_102) (not z2_102)))) z0_102)))
 (let (($x8481 (ite z0_101 (= z1_101 (not z2_101)) (and (not z1_101) (not z2_101)))))
 (let (($x8485 (= $x8481 z2_101)))
 (let (($x8475 (ite z0_100 (= z1_100 (not z2_100)) (and (not z1_100) (not z2_100)))))
 (let (($x8479 (= $x8475 z1_100)))
 (let (($x8469 (ite z0_99 (= z1_99 (not z2_99)) (and (not z1_99) (not z2_99)))))
 (let (($x8473 (= $x8469 z0_99)))
 (let (($x8466 (= (not (and z0_98 (= z1_98 (not z2_98)))) z2_98)))
 (let (($x8459 (= (not (and z0_97 (= z1_97 (not z2_97)))) z1_97)))
 (let (($x8453 (= (not (and z0_96 (= z1_96 (not z2_96)))) z0_96)))
 (let (($x995 (not z2_95)))
 (let (($x7085 (not z1_95)))
 (let (($x8443 (ite z0_95 $x7085 $x995)))
 (let (($x8448 (= $x8443 z2_95)))
 (let (($x7083 (not z2_94)))
 (let (($x985 (not z1_94)))
 (let (($x8439 (ite z0_94 $x985 $x7083)))
 (let (($x8444 (= $x8439 z1_94)))
 (let (($x7082 (not z2_93)))
 (let (($x8436 (ite z0_93 (not z1_93) $x7082)))
 (let (($x8440 (= $x8436 z0_93)))
 (let (($x8431 (ite z0_92 (not z1_92) (and z1_92 (not z2_92)))))
 (let (($x8435 (= $x8431 z2_92)))
 (let (($x8428 (= (not (ite z0_91 (not z1_91) (and z1_91 (not z2_91)))) z1_91)))
 (let (($x8421 (= (not (ite z0_90 (not z1_90) (and z1_90 (not z2_90)))) z0_90)))
 (let (($x933 (not z2_89)))
 (let (($x8412 (ite z0_89 (and (not z1_89) z2_89) $x933)))
 (let (($x8416 (= $x8412 z2_89)))
 (let (($x8407 (ite z0_88 (and (not z1_88) z2_88) (not z2_88))))
 (let (($x8411 (= $x8407 z1_88)))
 (let (($x7074 (not z2_87)))
 (let (($x8401 (ite z0_87 (and (not z1_87) z2_87) $x7074)))
 (let (($x8405 (= $x8401 z0_87)))
 (let (($x8395 (ite z0_86 (and (not z1_86) z2_86) (and z1_86 (not z2_86)))))
 (let (($x8399 (= (not $x8395) z2_86)))
 (let (($x8387 (ite z0_85 (and (not z1_85) z2_85) (and z1_85 (not z2_85)))))
 (let (($x8391 (= (not $x8387) z1_85)))
 (let (($x8380 (ite z0_84 (and (not z1_84) z2_84) (and z1_84 (not z2_84)))))
 (let (($x8384 (= $x8380 z0_84)))
 (let (($x7068 (not z1_83)))
 (let (($x8373 (ite z0_83 $x7068 (and $x7068 (not z2_83)))))
 (let (($x8377 (= $x8373 z2_83)))
 (let (($x855 (not z1_82)))
 (let (($x8368 (ite z0_82 $x855 (and $x855 (not z2_82)))))
 (let (($x8372 (= $x8368 z1_82)))
 (let (($x8366 (= (not (ite z0_81 (not z1_81) (and (not z1_81) (not z2_81)))) z0_81)))
 (let (($x8356 (ite z0_80 (and (not z1_80) z2_80) (and (not z1_80) (not z2_80)))))
 (let (($x8360 (= $x8356 z2_80)))
 (let (($x8350 (ite z0_79 (and (not z1_79) z2_79) (and (not z1_79) (not z2_79)))))
 (let (($x8354 (= $x8350 z1_79)))
 (let (($x8344 (ite z0_78 (and (not z1_78) z2_78) (and (not z1_78) (not z2_78)))))
 (let (($x8348 (= $x8344 z0_78)))
 (let (($x8341 (= (not (and z0_77 (not z1_77) z2_77)) z2_77)))
 (let (($x790 (not z1_76)))
 (let (($x8334 (and z0_76 $x790 z2_76)))
 (let (($x8337 (= $x8334 z1_76)))
 (let (($x8332 (= (not (and z0_75 (not z1_75) z2_75)) z0_75)))
 (let (($x771 (not z2_74)))
 (let (($x8324 (ite z0_74 $x771 (or (not z1_74) $x771))))
 (let (($x8328 (= $x8324 z2_74)))
 (let (($x8316 (not z2_73)))
 (let (($x8319 (ite z0_73 $x8316 (or (not z1_73) $x8316))))
 (let (($x8323 (= $x8319 z1_73)))
 (let (($x8311 (not z2_72)))
 (let (($x8313 (ite z0_72 $x8311 (or (not z1_72) $x8311))))
 (let (($x8317 (= $x8313 z0_72)))
 (let (($x8310 (= (not (ite z0_71 (not z2_71) (= z1_71 (not z2_71)))) z2_71)))
 (let (($x8303 (= (not (ite z0_70 (not z2_70) (= z1_70 (not z2_70)))) z1_70)))
 (let (($x8297 (= (not (ite z0_69 (not z2_69) (= z1_69 (not z2_69)))) z0_69)))
 (let (($x8288 (ite z0_68 (and z1_68 (not z2_68)) (or (not z1_68) (not z2_68)))))
 (let (($x8292 (= $x8288 z2_68)))
 (let (($x8280 (ite z0_67 (and z1_67 (not z2_67)) (or (not z1_67) (not z2_67)))))
 (let (($x8284 (= (not $x8280) z1_67)))
 (let (($x8273 (ite z0_66 (and z1_66 (not z2_66)) (or (not z1_66) (not z2_66)))))
 (let (($x8277 (= $x8273 z0_66)))
 (let (($x8266 (ite z0_65 (and z1_65 (not z2_65)) (= z1_65 (not z2_65)))))
 (let (($x8270 (= (not $x8266) z2_65)))
 (let (($x8258 (ite z0_64 (and z1_64 (not z2_64)) (= z1_64 (not z2_64)))))
 (let (($x8262 (= (not $x8258) z1_64)))
 (let (($x8252 (ite z0_63 (and z1_63 (not z2_63)) (= z1_63 (not z2_63)))))
 (let (($x8256 (= $x8252 z0_63)))
 (let (($x7037 (not z1_62)))
 (let (($x645 (not z2_62)))
 (let (($x8244 (ite z0_62 $x645 $x7037)))
 (let (($x8249 (= $x8244 z2_62)))
 (let (($x635 (not z1_61)))
 (let (($x7036 (not z2_61)))
 (let (($x8241 (ite z0_61 $x7036 $x635)))
 (let (($x8245 (= $x8241 z1_61)))
 (let (($x8240 (= (not (ite z0_60 (not z2_60) (not z1_60))) z0_60)))
 (let (($x8234 (= (not (ite z0_59 (not z2_59) (and (not z1_59) z2_59))) z2_59)))
 (let (($x8224 (ite z0_58 (not z2_58) (and (not z1_58) z2_58))))
 (let (($x8228 (= $x8224 z1_58)))
 (let (($x8221 (= (not (ite z0_57 (not z2_57) (and (not z1_57) z2_57))) z0_57)))
 (let (($x8212 (ite z0_56 (and z1_56 (not z2_56)) (not z1_56))))
 (let (($x8216 (= $x8212 z2_56)))
 (let (($x573 (not z1_55)))
 (let (($x8206 (ite z0_55 (and z1_55 (not z2_55)) $x573)))
 (let (($x8210 (= $x8206 z1_55)))
 (let (($x7025 (not z1_54)))
 (let (($x8201 (ite z0_54 (and z1_54 (not z2_54)) $x7025)))
 (let (($x8205 (= $x8201 z0_54)))
 (let (($x8195 (ite z0_53 (and z1_53 (not z2_53)) (and (not z1_53) z2_53))))
 (let (($x8199 (= (not $x8195) z2_53)))
 (let (($x8187 (ite z0_52 (and z1_52 (not z2_52)) (and (not z1_52) z2_52))))
 (let (($x8191 (= (not $x8187) z1_52)))
 (let (($x8179 (ite z0_51 (and z1_51 (not z2_51)) (and (not z1_51) z2_51))))
 (let (($x8183 (= (not $x8179) z0_51)))
 (let (($x8172 (ite z0_50 (and (not z1_50) (not z2_50)) (or (not z1_50) (not z2_50)))))
 (let (($x8176 (= $x8172 z2_50)))
 (let (($x8166 (ite z0_49 (and (not z1_49) (not z2_49)) (or (not z1_49) (not z2_49)))))
 (let (($x8170 (= $x8166 z1_49)))
 (let (($x8160 (ite z0_48 (and (not z1_48) (not z2_48)) (or (not z1_48) (not z2_48)))))
 (let (($x8164 (= $x8160 z0_48)))
 (let (($x8152 (ite z0_47 (and (not z1_47) (not z2_47)) (= z1_47 (not z2_47)))))
 (let (($x8156 (= (not $x8152) z2_47)))
 (let (($x8144 (ite z0_46 (and (not z1_46) (not z2_46)) (= z1_46 (not z2_46)))))
 (let (($x8148 (= (not $x8144) z1_46)))
 (let (($x8136 (ite z0_45 (and (not z1_45) (not z2_45)) (= z1_45 (not z2_45)))))
 (let (($x8140 (= (not $x8136) z0_45)))
 (let (($x7011 (not z0_44)))
 (let (($x8130 (and $x7011 (or (not z1_44) (not z2_44)))))
 (let (($x8134 (= $x8130 z2_44)))
 (let (($x7010 (not z0_43)))
 (let (($x8124 (and $x7010 (or (not z1_43) (not z2_43)))))
 (let (($x8128 (= $x8124 z1_43)))
 (let (($x433 (not z0_42)))
 (let (($x8118 (and $x433 (or (not z1_42) (not z2_42)))))
 (let (($x8122 (= $x8118 z0_42)))
 (let (($x8116 (= (not (and (not z0_41) (= z1_41 (not z2_41)))) z2_41)))
 (let (($x8109 (= (not (and (not z0_40) (= z1_40 (not z2_40)))) z1_40)))
 (let (($x402 (not z0_39)))
 (let (($x8100 (and $x402 (= z1_39 (not z2_39)))))
 (let (($x8104 (= $x8100 z0_39)))
 (let (($x7002 (not z1_38)))
 (let (($x8095 (ite z0_38 (and $x7002 (not z2_38)) $x7002)))
 (let (($x8099 (= $x8095 z2_38)))
 (let (($x380 (not z1_37)))
 (let (($x8090 (ite z0_37 (and $x380 (not z2_37)) $x380)))
 (let (($x8094 (= $x8090 z1_37)))
 (let (($x6999 (not z1_36)))
 (let (($x8085 (ite z0_36 (and $x6999 (not z2_36)) $x6999)))
 (let (($x8089 (= $x8085 z0_36)))
 (let (($x8078 (ite z0_35 (and (not z1_35) (not z2_35)) (and (not z1_35) z2_35))))
 (let (($x8082 (= (not $x8078) z2_35)))
 (let (($x8071 (ite z0_34 (and (not z1_34) (not z2_34)) (and (not z1_34) z2_34))))
 (let (($x8075 (= $x8071 z1_34)))
 (let (($x8064 (ite z0_33 (and (not z1_33) (not z2_33)) (and (not z1_33) z2_33))))
 (let (($x8068 (= (not $x8064) z0_33)))
 (let (($x8061 (= (not (and (not z0_32) (not z1_32) z2_32)) z2_32)))
 (let (($x316 (not z1_31)))
 (let (($x6991 (not z0_31)))
 (let (($x8054 (and $x6991 $x316 z2_31)))
 (let (($x8057 (= $x8054 z1_31)))
 (let (($x6990 (not z1_30)))
 (let (($x306 (not z0_30)))
 (let (($x8050 (and $x306 $x6990 z2_30)))
 (let (($x8053 (= $x8050 z0_30)))
 (let (($x296 (not z2_29)))
 (let (($x8045 (ite z0_29 $x296 (and z1_29 $x296))))
 (let (($x8049 (= $x8045 z2_29)))
 (let (($x8043 (= (not (ite z0_28 (not z2_28) (and z1_28 (not z2_28)))) z1_28)))
 (let (($x8037 (= (not (ite z0_27 (not z2_27) (and z1_27 (not z2_27)))) z0_27)))
 (let (($x268 (not z2_26)))
 (let (($x8028 (ite z0_26 (and z1_26 $x268) $x268)))
 (let (($x8032 (= $x8028 z2_26)))
 (let (($x8026 (= (not (ite z0_25 (and z1_25 (not z2_25)) (not z2_25))) z1_25)))
 (let (($x6981 (not z2_24)))
 (let (($x8017 (ite z0_24 (and z1_24 $x6981) $x6981)))
 (let (($x8021 (= $x8017 z0_24)))
 (let (($x239 (not z2_23)))
 (let (($x8012 (ite z0_23 $x239 (and (not z1_23) $x239))))
 (let (($x8016 (= $x8012 z2_23)))
 (let (($x6977 (not z2_22)))
 (let (($x8007 (ite z0_22 $x6977 (and (not z1_22) $x6977))))
 (let (($x8011 (= $x8007 z1_22)))
 (let (($x8005 (= (not (ite z0_21 (not z2_21) (and (not z1_21) (not z2_21)))) z0_21)))
 (let (($x7995 (ite z0_20 (and z1_20 (not z2_20)) (and (not z1_20) (not z2_20)))))
 (let (($x7999 (= $x7995 z2_20)))
 (let (($x7989 (ite z0_19 (and z1_19 (not z2_19)) (and (not z1_19) (not z2_19)))))
 (let (($x7993 (= $x7989 z1_19)))
 (let (($x7983 (ite z0_18 (and z1_18 (not z2_18)) (and (not z1_18) (not z2_18)))))
 (let (($x7987 (= $x7983 z0_18)))
 (let (($x177 (not z2_17)))
 (let (($x7978 (and z0_17 z1_17 $x177)))
 (let (($x7981 (= $x7978 z2_17)))
 (let (($x7976 (= (not (and z0_16 z1_16 (not z2_16))) z1_16)))
 (let (($x7971 (= (not (and z0_15 z1_15 (not z2_15))) z0_15)))
 (let (($x149 (not z2_14)))
 (let (($x7963 (ite z0_14 (and (not z1_14) $x149) $x149)))
 (let (($x7967 (= $x7963 z2_14)))
 (let (($x6964 (not z2_13)))
 (let (($x7958 (ite z0_13 (and (not z1_13) $x6964) $x6964)))
 (let (($x7962 (= $x7958 z1_13)))
 (let (($x6963 (not z2_12)))
 (let (($x7953 (ite z0_12 (and (not z1_12) $x6963) $x6963)))
 (let (($x7957 (= $x7953 z0_12)))
 (let (($x7947 (ite z0_11 (and (not z1_11) (not z2_11)) (and z1_11 (not z2_11)))))
 (let (($x7951 (= $x7947 z2_11)))
 (let (($x7940 (ite z0_10 (and (not z1_10) (not z2_10)) (and z1_10 (not z2_10)))))
 (let (($x7944 (= (not $x7940) z1_10)))
 (let (($x7932 (ite z0_9 (and (not z1_9) (not z2_9)) (and z1_9 (not z2_9)))))
 (let (($x7936 (= (not $x7932) z0_9)))
 (let (($x88 (not z2_8)))
 (let (($x6957 (not z0_8)))
 (let (($x7927 (and $x6957 z1_8 $x88)))
 (let (($x7930 (= $x7927 z2_8)))
 (let (($x7925 (= (not (and (not z0_7) z1_7 (not z2_7))) z1_7)))
 (let (($x6954 (not z2_6)))
 (let (($x69 (not z0_6)))
 (let (($x7918 (and $x69 z1_6 $x6954)))
 (let (($x7921 (= $x7918 z0_6)))
 (let (($x59 (not z2_5)))
 (let (($x6953 (not z1_5)))
 (let (($x7914 (and z0_5 $x6953 $x59)))
 (let (($x7917 (= $x7914 z2_5)))
 (let (($x6952 (not z2_4)))
 (let (($x49 (not z1_4)))
 (let (($x7910 (and z0_4 $x49 $x6952)))
 (let (($x7913 (= $x7910 z1_4)))
 (let (($x7908 (= (not (and z0_3 (not z1_3) (not z2_3))) z0_3)))
 (let (($x30 (not z2_2)))
 (let (($x6949 (not z1_2)))
 (let (($x6948 (not z0_2)))
 (let (($x7901 (and $x6948 $x6949 $x30)))
 (let (($x7904 (= $x7901 z2_2)))
 (let (($x6947 (not z2_1)))
 (let (($x20 (not z1_1)))
 (let (($x6946 (not z0_1)))
 (let (($x7897 (and $x6946 $x20 $x6947)))
 (let (($x7900 (= $x7897 z1_1)))
 (let (($x6945 (not z2_0)))
 (let (($x6944 (not z1_0)))
 (let (($x10 (not z0_0)))
 (let (($x7893 (and $x10 $x6944 $x6945)))
 (let (($x7896 (= $x7893 z0_0)))
 (or $x7896 $x7900 $x7904 $x7908 $x7913 $x7917 $x7921 $x7925 $x7930 $x7936 $x7944 $x7951 $x7957 $x7962 $x7967 $x7971 $x7976 $x7981 $x7987 $x7993 $x7999 $x8005 $x8011 $x8016 $x8021 $x8026 $x8032 $x8037 $x8043 $x8049 $x8053 $x8057 $x8061 $x8068 $x8075 $x8082 $x8089 $x8094 $x8099 $x8104 $x8109 $x8116 $x8122 $x8128 $x8134 $x8140 $x8148 $x8156 $x8164 $x8170 $x8176 $x8183 $x8191 $x8199 $x8205 $x8210 $x8216 $x8221 $x8228 $x8234 $x8240 $x8245 $x8249 $x8256 $x8262 $x8270 $x8277 $x8284 $x8292 $x8297 $x8303 $x8310 $x8317 $x8323 $x8328 $x8332 $x8337 $x8341 $x8348 $x8354 $x8360 $x8366 $x8372 $x8377 $x8384 $x8391 $x8399 $x8405 $x8411 $x8416 $x8421 $x8428 $x8435 $x8440 $x8444 $x8448 $x8453 $x8459 $x8466 $x8473 $x8479 $x8485 $x8490 $x8497 $x8503 $x8510 $x8517 $x8523 $x8530 $x8537 $x8545 $x8551 $x8556 $x8562 $x8568 $x8576 $x8584 $x8590 $x8597 $x8602 $x8607 $x8612 $x8617 $x8623 $x8629 $x8634 $x8642 $x8649 $x8657 $x8664 $x8671 $x8678 $x8684 $x8691 $x8698 $x8705 $x8710 $x8716 $x8723 $x8731 $x8739 $x8745 $x8750 $x8756 $x8763 $x8771 $x8778 $x8785 $x8791 $x8797 $x8803 $x8810 $x8818 $x8825 $x8833 $x8841 $x8846 $x8850 $x8855 $x8861 $x8866 $x8871 $x8877 $x8884 $x8890 $x8898 $x8904 $x8910 $x8915 $x8921 $x8927 $x8932 $x8939 $x8945 $x8952 $x8958 $x8964 $x8970 $x8977 $x8985 $x8992 $x8998 $x9004 $x9009 $x9016 $x9022 $x9027 $x9033 $x9038 $x9044 $x9049 $x9055 $x9061 $x9067 $x9074 $x9078 $x9083 $x9088 $x9094 $x9100 $x9106 $x9111 $x9116 $x9122 $x9128 $x9134 $x9140 $x9148 $x9154 $x9160 $x9165 $x9170 $x9176 $x9183 $x9191 $x9199 $x9206 $x9212 $x9218 $x9223 $x9229 $x9236 $x9243 $x9249 $x9257 $x9264 $x9270 $x9275 $x9282 $x9288 $x9296 $x9302 $x9308 $x9315 $x9320 $x9326 $x9333 $x9340 $x9348 $x9355 $x9362 $x9368 $x9374 $x9379 $x9385 $x9391 $x9397 $x9403 $x9408 $x9414 $x9420 $x9426 $x9433 $x9441 $x9448 $x9454 $x9459 $x9464 $x9470 $x9477 $x9485 $x9492 $x9498 $x9504 $x9510 $x9519 $x9528 $x9536 $x9543 $x9549 $x9555 $x9561 $x9568 $x9575 $x9581 $x9588 $x9593 $x9600 $x9607 $x9614 $x9623 $x9630 $x9636 $x9641 $x9646 $x9653 $x9659 $x9665 $x9670 $x9675 $x9679 $x9686 $x9691 $x9697 $x9705 $x9712 $x9719 $x9725 $x9731 $x9737 $x9743 $x9750 $x9756 $x9762 $x9768 $x9775 $x9782 $x9788 $x9795 $x9801 $x9808 $x9814 $x9822 $x9829 $x9837 $x9845 $x9851 $x9859 $x9865 $x9871 $x9879 $x9886 $x9894 $x9902 $x9909 $x9915 $x9921 $x9925 $x9930 $x9935 $x9942 $x9948 $x9954 $x9959 $x9965 $x9970 $x9978 $x9985 $x9991 $x9997 $x10003 $x10010 $x10015 $x10021 $x10027 $x10033 $x10040 $x10047 $x10052 $x10057 $x10062 $x10067 $x10072 $x10077 $x10082 $x10089 $x10095 $x10102 $x10109 $x10115 $x10121 $x10127 $x10133 $x10137 $x10141 $x10146 $x10152 $x10159 $x10166 $x10172 $x10179 $x10185 $x10191 $x10197 $x10203 $x10209 $x10214 $x10220 $x10227 $x10234 $x10240 $x10246 $x10251 $x10256 $x10262 $x10268 $x10276 $x10283 $x10290 $x10297 $x10303 $x10310 $x10318 $x10326 $x10332 $x10338 $x10344 $x10351 $x10357 $x10364 $x10372 $x10379 $x10386 $x10392 $x10397 $x10403 $x10408 $x10415 $x10421 $x10427 $x10434 $x10440 $x10447 $x10455 $x10463 $x10470 $x10476 $x10481 $x10486 $x10491 $x10496 $x10502 $x10508 $x10516 $x10523 $x10529 $x10534 $x10539 $x10546 $x10553 $x10561 $x10569 $x10575 $x10580 $x10585 $x10590 $x10596 $x10602 $x10609 $x10615 $x10621 $x10627 $x10633 $x10638 $x10645 $x10652 $x10660 $x10666 $x10671 $x10677 $x10682 $x10688 $x10694 $x10700 $x10706 $x10711 $x10716 $x10720 $x10724 $x10731 $x10738 $x10744 $x10751 $x10757 $x10763 $x10769 $x10774 $x10781 $x10787 $x10793 $x10799 $x10806 $x10814 $x10822 $x10830 $x10836 $x10843 $x10850 $x10858 $x10865 $x10871 $x10876 $x10881 $x10887 $x10893 $x10898 $x10906 $x10913 $x10921 $x10928 $x10935 $x10943 $x10949 $x10955 $x10962 $x10969 $x10975 $x10980 $x10986 $x10992 $x10998 $x11004 $x11011 $x11017 $x11022 $x11027 $x11033 $x11040 $x11047 $x11054 $x11059 $x11065 $x11071 $x11077 $x11083 $x11089 $x11094 $x11100 $x11106 $x11112 $x11117 $x11122 $x11128 $x11136 $x11143 $x11149 $x11156 $x11162 $x11167 $x11172 $x11178 $x11183 $x11189 $x11195 $x11200 $x11205 $x11211 $x11218 $x11224 $x11231 $x11237 $x11243 $x11248 $x11255 $x11261 $x11267 $x11273 $x11279 $x11286 $x11292 $x11298 $x11305 $x11312 $x11319 $x11326 $x11332 $x11338 $x11344 $x11348 $x11353 $x11358 $x11364 $x11369 $x11375 $x11381 $x11388 $x11395 $x11403 $x11410 $x11416 $x11421 $x11426 $x11432 $x11439 $x11446 $x11454 $x11460 $x11466 $x11472 $x11477 $x11483 $x11489 $x11495 $x11500 $x11505 $x11511 $x11518 $x11525 $x11532 $x11539 $x11545 $x11549 $x11553 $x11558 $x11564 $x11570 $x11576 $x11581 $x11588 $x11595 $x11603 $x11609 $x11615 $x11621 $x11628 $x11635 $x11642 $x11648 $x11654 $x11659 $x11665 $x11671 $x11677 $x11683 $x11688 $x11693 $x11699 $x11705 $x11712 $x11718 $x11725 $x11730 $x11736 $x11741 $x11746 $x11751 $x11756 $x11762 $x11768 $x11773 $x11779 $x11784 $x11790 $x11797 $x11805 $x11812 $x11818 $x11823 $x11829 $x11835 $x11841 $x11847 $x11854 $x11860 $x11866 $x11872 $x11877 $x11882 $x11887 $x11892 $x11898 $x11903 $x11908 $x11913)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
